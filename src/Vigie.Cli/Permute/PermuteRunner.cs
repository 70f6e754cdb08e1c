using Vigie.Core.Permutations;
using Vigie.Core.Unicode;

namespace Vigie.Cli.Permute;

/// <summary>Checks the arguments of `vigie permute` (one line and exit code 2 when wrong), runs the engine, prints.</summary>
internal static class PermuteRunner
{
    public static async Task<int> RunAsync(PermuteRequest request, TextWriter output, CancellationToken cancel)
    {
        var writer = PermutationWriter.For(request.Format, output);
        var fuzzers = request.Fuzzers is null ? null : PermuteArguments.ParseFuzzers(request.Fuzzers);
        WarmConfusables(fuzzers);
        var domain = PermuteArguments.ParseDomain(request.Domain);
        var options = new PermutationOptions
        {
            Fuzzers = fuzzers,
            Subdomains = request.Subdomains is null ? [] : PermuteArguments.ParseSubdomains(request.Subdomains),
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
}
