namespace Vigie.Core.Permutations;

/// <summary>
/// One permutation technique. It yields whole candidate names, in Unicode or ASCII, lower case; the engine
/// validates, converts and deduplicates them, so a generator may yield invalid or repeated names.
/// </summary>
internal interface IPermutationGenerator
{
    /// <summary>The technique name printed on every row it produces (dnstwist's name where dnstwist has it).</summary>
    string Technique { get; }

    IEnumerable<string> Generate(PermutationTarget target);
}
