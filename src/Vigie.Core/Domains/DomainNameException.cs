namespace Vigie.Core.Domains;

/// <summary>A name that cannot be a domain; the message is one line a person understands.</summary>
internal sealed class DomainNameException(string message) : FormatException(message);
