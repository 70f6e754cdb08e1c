namespace Vigie.Web;

/// <summary>A query string or form value that cannot be used; the message names it in one line.</summary>
internal sealed class BadQueryException(string message) : Exception(message);
