namespace Vigie.Exports.Misp;

/// <summary>One MISP attribute before it is written: <paramref name="Data"/> is the file of an attachment (base64 in the event).</summary>
internal sealed record MispAttribute(string Type, string Category, string Value, bool ToIds, string Comment, byte[]? Data = null);
