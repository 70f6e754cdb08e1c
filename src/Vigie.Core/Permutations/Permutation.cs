namespace Vigie.Core.Permutations;

/// <summary>
/// One name an attacker could register: its ASCII (punycode) form, its Unicode form for display, and the
/// techniques that produced it (one, or several for a stacked row such as "combosquat" + "omission"). A struct:
/// a run yields thousands, each read once, and every byte a short-lived `vigie permute` allocates is a page touched.
/// </summary>
internal readonly record struct Permutation(string Ascii, string Unicode, IReadOnlyList<string> Techniques)
{
    /// <summary>The techniques joined by '+', as printed in the "technique" column.</summary>
    public string Technique => Techniques.Count == 1 ? Techniques[0] : string.Join('+', Techniques);
}
