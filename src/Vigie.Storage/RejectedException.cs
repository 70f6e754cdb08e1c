namespace Vigie.Storage;

/// <summary>The store refused an entry: a value out of its rules or a duplicate of a unique one. The message is one line for the user.</summary>
internal sealed class RejectedException(string message) : Exception(message);
