using System.Text;
using Vigie.Core.Unicode;

namespace Vigie.Core.Permutations;

/// <summary>
/// What a TLD's registry lets a second-level label contain beyond letters, digits and hyphen: an explicit list of
/// characters, or a set of scripts (null: any script), and whether one label may mix scripts. Names a registry
/// refuses are never generated, since nobody can register them. Sources are in <see cref="IdnPolicies"/>.
/// </summary>
internal sealed record IdnPolicy(string Registry, string? Characters, IReadOnlySet<UnicodeScript>? Scripts, bool SingleScript)
{
    public bool AllowsCharacter(Rune rune, ConfusableTable table) =>
        rune.IsAscii || AllowsCharacter(rune, table.ScriptOf(rune.Value));

    /// <summary>True when every character is allowed and, under a single-script rule, at most one script is used
    /// (ASCII letters count as Latin, digits and hyphen as Common).</summary>
    public bool AllowsLabel(ReadOnlySpan<char> label, ConfusableTable table)
    {
        var seen = UnicodeScript.Unknown;
        for (var i = 0; i < label.Length; i++)
        {
            UnicodeScript script;
            if (char.IsAscii(label[i]))
            {
                script = char.IsAsciiLetter(label[i]) ? UnicodeScript.Latin : UnicodeScript.Common;
            }
            else
            {
                Rune.DecodeFromUtf16(label[i..], out var rune, out var length);
                i += length - 1;
                script = table.ScriptOf(rune.Value);
                if (!AllowsCharacter(rune, script))
                {
                    return false;
                }
            }

            if (!SingleScript || script is UnicodeScript.Common or UnicodeScript.Inherited)
            {
                continue;
            }

            if (seen != UnicodeScript.Unknown && seen != script)
            {
                return false;
            }

            seen = script;
        }

        return true;
    }

    private bool AllowsCharacter(Rune rune, UnicodeScript script)
    {
        if (Characters is not null)
        {
            return rune.IsBmp && Characters.Contains((char)rune.Value, StringComparison.Ordinal);
        }

        return Scripts is null || script is UnicodeScript.Common or UnicodeScript.Inherited || Scripts.Contains(script);
    }
}
