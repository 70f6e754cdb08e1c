using System.Net;

namespace Vigie.Core.Domains;

/// <summary>Takes the host out of what people paste: a URL, "host:port", "host/path", "*.host", "host.".</summary>
internal static class HostExtractor
{
    // Anything this long cannot hold a 253-character name, even as a URL; refuse before any work.
    private const int MaxInputLength = 4096;

    public static (string Host, bool Wildcard) Extract(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new DomainNameException("the domain name is empty: give one such as example.org");
        }

        if (input.Length > MaxInputLength)
        {
            throw new DomainNameException($"'{input[..40]}…' is longer than 253 characters, the limit for a domain name (RFC 1035 §2.3.4)");
        }

        var host = input.Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        var end = host.IndexOfAny(['/', '?', '#']);
        if (end >= 0)
        {
            host = host[..end];
        }

        var at = host.LastIndexOf('@');
        if (at >= 0)
        {
            host = host[(at + 1)..];
        }

        if (host.StartsWith('[') || (host.Count(c => c == ':') > 1 && IPAddress.TryParse(host.Trim('[', ']'), out _)))
        {
            throw new DomainNameException($"'{input}' is an IP address, not a domain name");
        }

        var colon = host.LastIndexOf(':');
        if (colon >= 0 && colon < host.Length - 1 && host.AsSpan(colon + 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            host = host[..colon];
        }

        var wildcard = host.StartsWith("*.", StringComparison.Ordinal);
        if (wildcard)
        {
            host = host[2..];
        }

        if (host.EndsWith('.'))
        {
            host = host[..^1];
        }

        if (host.Length > 0 && host.AsSpan().IndexOfAnyExcept("0123456789.") < 0 && IPAddress.TryParse(host, out _))
        {
            throw new DomainNameException($"'{input}' is an IP address, not a domain name");
        }

        return (host, wildcard);
    }
}
