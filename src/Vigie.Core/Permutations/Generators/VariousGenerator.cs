namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// dnstwist's "various" rows (dnstwist.py, Fuzzer.generate): the suffix glued to the label ("paypalcom.com"),
/// the label hyphenated with its TLD under .com ("en-marche-fr.com"), a two-level suffix cut to its last label
/// ("example.uk" and "exampleco.uk" for "example.co.uk"), and the subdomain glued or hyphenated to the label.
/// </summary>
internal sealed class VariousGenerator : IPermutationGenerator
{
    public string Technique => Techniques.Various;

    public IEnumerable<string> Generate(PermutationTarget target)
    {
        var (sub, label, suffix) = (target.Subdomain, target.Label, target.Suffix);
        var multiLevel = suffix.Contains('.', StringComparison.Ordinal);
        if (multiLevel)
        {
            yield return target.Join(label, target.TopLevelDomain);
            yield return Prefix(sub, label + suffix);
        }
        else
        {
            yield return target.Join(label + suffix, suffix);
            if (suffix != "com")
            {
                yield return target.Join(label + "-" + suffix, "com");
            }
        }

        if (sub.Length > 0)
        {
            yield return $"{sub}{label}.{suffix}";
            yield return $"{sub.Replace(".", string.Empty, StringComparison.Ordinal)}{label}.{suffix}";
            yield return $"{sub}-{label}.{suffix}";
            yield return $"{sub.Replace('.', '-')}-{label}.{suffix}";
        }
    }

    // "example" + "co.uk" gives "exampleco.uk": the second-level label glued to the brand.
    private static string Prefix(string sub, string name) => sub.Length == 0 ? name : sub + "." + name;
}
