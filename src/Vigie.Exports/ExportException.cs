namespace Vigie.Exports;

/// <summary>An export asked for something that cannot be (an unknown organisation, a bad option): one line for the user.</summary>
internal sealed class ExportException(string message) : Exception(message);
