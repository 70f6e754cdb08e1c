using System.Security.Cryptography;
using System.Text;

namespace Vigie.Benchmarks.Pages;

/// <summary>
/// The look-alike name a kit page is served under: the imitated brand's label with one of the tricks seen in the
/// wild (a service word glued on, a letter swapped for a digit, a risky TLD), chosen by a hash of the page's id
/// so every run serves the same page under the same name.
/// </summary>
internal static class LookalikeNames
{
    /// <summary>The registrable label of each watched brand key of bench/pages/kit-targets.csv.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["other"] = "webmail", ["cpanel"] = "cpanel-webmail", ["163"] = "mail163",
    };

    public static string For(string id, string target)
    {
        var label = Labels.GetValueOrDefault(target, target);
        var pick = SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % 6;
        return pick switch
        {
            0 => $"{label}-login.com",
            1 => $"{label}-secure-verify.top",
            2 => $"{Typo(label)}.com",
            3 => $"account-{label}.xyz",
            4 => $"{label}-support.online",
            _ => $"{Typo(label)}-signin.net",
        };
    }

    /// <summary>The first letter a digit can stand for, replaced (o→0, l→1, i→1, e→3, a→4); else the last letter doubled.</summary>
    private static string Typo(string label)
    {
        var swaps = new Dictionary<char, char> { ['o'] = '0', ['l'] = '1', ['i'] = '1', ['e'] = '3', ['a'] = '4' };
        for (var i = 1; i < label.Length; i++)
        {
            if (swaps.TryGetValue(label[i], out var digit))
            {
                return string.Concat(label.AsSpan(0, i), digit.ToString(), label.AsSpan(i + 1));
            }
        }

        return label + label[^1];
    }
}
