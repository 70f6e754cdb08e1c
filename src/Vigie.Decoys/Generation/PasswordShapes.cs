using System.Globalization;
using System.Security.Cryptography;

namespace Vigie.Decoys.Generation;

/// <summary>
/// Passwords shaped like the ones people really choose, so a decoy does not stand out to whoever sorts a kit's
/// harvest. The frequency lists of Data/ show the bases: 815 of SecLists' top 1,000 are letters only (names, words,
/// keyboard walks such as qwerty, azerty, 1qaz2wsx; seasons such as summer, spring), 125 digits only, 35 letters then
/// digits, and six to eight characters dominate. Sign-in policies then push people to a capital, digits and a
/// symbol, so the shapes below are those bases dressed that way: word + digits + symbol (Soleil2024!), season +
/// year (Automne2023*), keyboard walk + digits (Azerty#4821), first name + birth year (Camille1987.). The random
/// digits make each one unique; one that happens to be in either frequency list is drawn again.
/// </summary>
internal static class PasswordShapes
{
    private static readonly string[] Symbols = ["!", "!", "!", "*", ".", "@", "#", "$", "?", "&"];

    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["fr"] = ["soleil", "chocolat", "bonheur", "papillon", "liberte", "doudou", "loulou", "marseille", "bretagne", "paris",
            "nounours", "vacances", "cerise", "tigrou", "caramel", "football", "musique", "princesse", "etoile", "maison",
            "biscuit", "camembert", "montagne", "ocean", "lapin", "chaton", "jardin", "vendredi", "velo", "tournesol"],
        ["en"] = ["sunshine", "football", "baseball", "dragon", "monkey", "shadow", "flower", "cookie", "chelsea", "soccer",
            "summer", "hunter", "ranger", "tigger", "pepper", "ginger", "coffee", "london", "orange", "silver",
            "banana", "rainbow", "thunder", "mustang", "buster", "harley", "purple", "maverick", "peanut", "yankees"],
    };

    private static readonly Dictionary<string, string[]> Seasons = new(StringComparer.Ordinal)
    {
        ["fr"] = ["Printemps", "Ete", "Automne", "Hiver", "Janvier", "Septembre", "Octobre", "Decembre"],
        ["en"] = ["Spring", "Summer", "Autumn", "Fall", "Winter", "January", "September", "December"],
    };

    private static readonly Dictionary<string, string[]> Walks = new(StringComparer.Ordinal)
    {
        ["fr"] = ["azerty", "Azerty", "azertyuiop", "qsdfgh", "wxcvbn", "1qaz2wsx", "aze123", "Azer"],
        ["en"] = ["qwerty", "Qwerty", "qwertyuiop", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx", "Qwer"],
    };

    public static string Draw(string language, IReadOnlyList<string> firstNames)
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetInt32(4) switch
            {
                0 => Capital(Pick(Words[language])) + Digits(2, 4) + Pick(Symbols),
                1 => Pick(Seasons[language]) + Year(2015, 2027) + Pick(Symbols),
                2 => Pick(Walks[language]) + Pick(Symbols) + Digits(3, 4),
                _ => Capital(AddressPattern.Fold(Pick(firstNames)).Replace("-", "", StringComparison.Ordinal)) + Year(1960, 2005) + Pick(Symbols),
            };

            // A name of one or two letters makes too short a password; policies want eight characters at least.
            if (candidate.Length >= 8 && !EmbeddedLists.IsCommonPassword(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Pick(string[] items) => items[RandomNumberGenerator.GetInt32(items.Length)];

    private static string Pick(IReadOnlyList<string> items) => items[RandomNumberGenerator.GetInt32(items.Count)];

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Year(int from, int to) => RandomNumberGenerator.GetInt32(from, to).ToString(CultureInfo.InvariantCulture)
        + (RandomNumberGenerator.GetInt32(3) == 0 ? Digits(1, 2) : "");

    private static string Digits(int min, int max)
    {
        var count = RandomNumberGenerator.GetInt32(min, max + 1);
        return string.Create(count, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
            }
        });
    }
}
