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
    public bool AllowsCharacter(Rune rune, ConfusableTable table)
    {
        if (rune.IsAscii)
        {
            return true;
        }

        if (Characters is not null)
        {
            return Characters.Contains(rune.ToString(), StringComparison.Ordinal);
        }

        var script = table.ScriptOf(rune.Value);
        return Scripts is null || script is UnicodeScript.Common or UnicodeScript.Inherited || Scripts.Contains(script);
    }

    /// <summary>True when every character is allowed and, under a single-script rule, at most one script is used
    /// (ASCII letters count as Latin, digits and hyphen as Common).</summary>
    public bool AllowsLabel(string label, ConfusableTable table)
    {
        var seen = UnicodeScript.Unknown;
        foreach (var rune in label.EnumerateRunes())
        {
            if (!AllowsCharacter(rune, table))
            {
                return false;
            }

            if (!SingleScript)
            {
                continue;
            }

            var script = rune.IsAscii ? (Rune.IsLetter(rune) ? UnicodeScript.Latin : UnicodeScript.Common) : table.ScriptOf(rune.Value);
            if (script is UnicodeScript.Common or UnicodeScript.Inherited)
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
}
