namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// Dots turned into hyphens, the trick used against the En Marche! campaign in 2017: a known subdomain
/// flattened into the registrable label ("onedrive.en-marche.fr" → "onedrive-en-marche.fr", which anyone can
/// register), and the domain itself flattened under its own suffix or .com ("en-marche-fr.fr", "en-marchefr.com",
/// "onedrive-en-marche-fr.com"), also as the start of a longer name ("examplecom-login.com", the registrable
/// part of "example.com-login.com" minus its first dot). dnstwist only flattens the subdomain of its input ("various").
/// </summary>
internal sealed class DotToHyphenGenerator(IReadOnlyList<string> subdomains, IReadOnlyList<string> words) : IPermutationGenerator
{
    public string Technique => Techniques.DotToHyphen;

    public IEnumerable<string> Generate(PermutationTarget target)
    {
        var label = target.Label;
        var flatSuffix = target.Suffix.Replace('.', '-');
        var gluedSuffix = target.Suffix.Replace(".", string.Empty, StringComparison.Ordinal);
        yield return target.Join(label + "-" + flatSuffix, target.Suffix);
        yield return target.Join(label + "-" + flatSuffix, "com");
        yield return target.Join(label + gluedSuffix, "com");

        var known = subdomains;
        if (target.Subdomain.Length > 0)
        {
            known = [.. subdomains, target.Subdomain];
        }

        foreach (var sub in known)
        {
            var flatSub = sub.Replace('.', '-');
            yield return $"{flatSub}-{label}.{target.Suffix}";
            yield return $"{flatSub}-{label}-{flatSuffix}.com";
        }

        foreach (var word in known.Concat(words))
        {
            var flatWord = word.Replace('.', '-');
            yield return $"{label}{gluedSuffix}-{flatWord}.com";
            yield return $"{label}-{flatSuffix}-{flatWord}.com";
        }
    }
}
