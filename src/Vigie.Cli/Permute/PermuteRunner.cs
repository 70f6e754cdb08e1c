using System.Net;
using Vigie.Core.Domains;
using Vigie.Core.Permutations;
using Vigie.Core.Unicode;

namespace Vigie.Cli.Permute;

/// <summary>Checks the arguments of `vigie permute` (one line and exit code 2 when wrong), runs the engine, prints.</summary>
internal static class PermuteRunner
{
    public static async Task<int> RunAsync(PermuteRequest request, TextWriter output, CancellationToken cancel)
    {
        var writer = PermutationWriter.For(request.Format, output);
        var fuzzers = request.Fuzzers is null ? null : ParseFuzzers(request.Fuzzers);
        WarmConfusables(fuzzers);
        var domain = ParseDomain(request.Domain);
        var options = new PermutationOptions
        {
            Fuzzers = fuzzers,
            Subdomains = request.Subdomains is null ? [] : ParseSubdomains(request.Subdomains),
            Keywords = request.Keywords is null ? [] : WordFiles.ReadWords(request.Keywords, "--keywords", allowHyphen: true),
            Dictionary = request.Dictionary is null ? [] : WordFiles.ReadWords(request.Dictionary, "--dictionary", allowHyphen: false),
            Tlds = request.Tlds is null ? [] : WordFiles.ReadTlds(request.Tlds),
        };

        foreach (var permutation in new PermutationEngine().Generate(domain, options))
        {
            cancel.ThrowIfCancellationRequested();
            await writer.WriteAsync(permutation);
        }

        await writer.CompleteAsync();
        return ExitCodes.Success;
    }

    // The TR39 table takes a few milliseconds to load, the suffix list a few more: load the table on a worker
    // thread meanwhile, when a technique that needs it runs (whole-process time is what the dnstwist comparison
    // measures). Lazy<T> makes the main thread wait for this load rather than start another.
    private static void WarmConfusables(List<string>? fuzzers)
    {
        if (fuzzers is null || fuzzers.Contains(Techniques.Homoglyph) || fuzzers.Contains(Techniques.Cyrillic))
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => _ = ConfusableTable.Default, null);
        }
    }

    internal static DomainName ParseDomain(string input)
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

    internal static List<string> ParseFuzzers(string list)
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

    internal static List<string> ParseSubdomains(string list)
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
