namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// A service word before or after the brand, with and without a hyphen ("mail-en-marche.fr", "signin-google.com",
/// "en-marche-login.fr"): the combosquatting Kintis et al. measured as far more common than typosquatting
/// ("Hiding in Plain Sight", ACM CCS 2017). dnstwist's dictionary technique does the same with a word list
/// given by the user; this one always runs with Vigie's built-in service words.
/// </summary>
internal sealed class CombosquatGenerator(IReadOnlyList<string> words) : LabelGenerator
{
    public override string Technique => Techniques.Combosquat;

    public override IEnumerable<string> Variants(string label)
    {
        foreach (var word in words)
        {
            yield return word + "-" + label;
            yield return word + label;
            yield return label + "-" + word;
            yield return label + word;
        }
    }
}
