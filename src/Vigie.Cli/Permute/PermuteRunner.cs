using System.Net;
using Vigie.Core.Domains;
using Vigie.Core.Permutations;

namespace Vigie.Cli.Permute;

/// <summary>Checks the arguments of `vigie permute` (one line and exit code 2 when wrong), runs the engine, prints.</summary>
internal static class PermuteRunner
{
    public static async Task<int> RunAsync(PermuteRequest request, TextWriter output, CancellationToken cancel)
    {
        var domain = ParseDomain(request.Domain);
        var options = new PermutationOptions
        {
            Fuzzers = request.Fuzzers is null ? null : ParseFuzzers(request.Fuzzers),
            Subdomains = request.Subdomains is null ? [] : ParseSubdomains(request.Subdomains),
            Keywords = request.Keywords is null ? [] : WordFiles.ReadWords(request.Keywords, "--keywords", allowHyphen: true),
            Dictionary = request.Dictionary is null ? [] : WordFiles.ReadWords(request.Dictionary, "--dictionary", allowHyphen: false),
            Tlds = request.Tlds is null ? [] : WordFiles.ReadTlds(request.Tlds),
        };

        var writer = PermutationWriter.For(request.Format, output);
        foreach (var permutation in new PermutationEngine().Generate(domain, options))
        {
            cancel.ThrowIfCancellationRequested();
            await writer.WriteAsync(permutation);
        }

        await writer.CompleteAsync();
        return ExitCodes.Success;
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
        var unknown = fuzzers.FirstOrDefault(f => !Techniques.All.Contains(f));
        if (fuzzers.Count == 0 || unknown is not null)
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

        return subdomains;
    }

    private static List<string> Split(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()).Distinct()];
}
