using System.Net;
using Vigie.Core.Domains;
using Vigie.Core.Permutations;

namespace Vigie.Cli.Permute;

/// <summary>The domain, techniques and subdomains given to `vigie permute` and `vigie scan`; a wrong one is one line and exit code 2.</summary>
internal static class PermuteArguments
{
    public static DomainName ParseDomain(string input)
    {
        if (IPAddress.TryParse(input.Trim().Trim('[', ']'), out _))
        {
            throw new UsageException($"'{input}' is an IP address; give a domain name such as example.org");
        }

        if (!DomainName.TryParse(input, out var domain, out var error))
        {
            throw new UsageException(error!);
        }

        if (!domain!.SuffixIsListed)
        {
            throw new UsageException($"'{input}' does not end in a known public suffix ('{domain.Suffix}' is not in the Public Suffix List)");
        }

        return domain;
    }

    public static List<string> ParseFuzzers(string list)
    {
        var fuzzers = Split(list);
        if (fuzzers.Count == 0)
        {
            throw new UsageException($"--fuzzers: give at least one technique ({string.Join(", ", Techniques.All)})");
        }

        var unknown = fuzzers.FirstOrDefault(f => !Techniques.All.Contains(f));
        if (unknown is not null)
        {
            throw new UsageException($"--fuzzers: unknown technique '{unknown}' (known: {string.Join(", ", Techniques.All)})");
        }

        return fuzzers;
    }

    public static List<string> ParseSubdomains(string list)
    {
        var subdomains = Split(list);
        foreach (var sub in subdomains)
        {
            if (sub.Split('.').Any(label => label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || label.Any(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')))
            {
                throw new UsageException($"--subdomains: '{sub}' is not a subdomain (letters, digits, hyphens and dots)");
            }
        }

        // Generators work on Unicode labels; an A-label given here ("xn--odz-gwa") is decoded like the domain is.
        try
        {
            return [.. subdomains.Select(Idn.ToUnicode)];
        }
        catch (DomainNameException e)
        {
            throw new UsageException("--subdomains: " + e.Message);
        }
    }

    private static List<string> Split(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()).Distinct()];
}
