using Vigie.Core.Permutations;

namespace Vigie.Cli.Permute;

/// <summary>Checks the arguments of `vigie permute` (one line and exit code 2 when wrong), runs the engine, prints.</summary>
internal static class PermuteRunner
{
    public static int Run(PermuteRequest request, TextWriter output, CancellationToken cancel)
    {
        var writer = PermutationWriter.For(request.Format, output);
        var fuzzers = request.Fuzzers is null ? null : PermuteArguments.ParseFuzzers(request.Fuzzers);
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
            writer.Write(permutation);
        }

        writer.Complete();
        return ExitCodes.Success;
    }
}
