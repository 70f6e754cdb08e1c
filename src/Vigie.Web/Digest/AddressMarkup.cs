using Vigie.Web.Html;

namespace Vigie.Web.Digest;

/// <summary>
/// A fake address in runs of characters, each run marked when it differs from the real address (the dashboard's
/// alignment, <see cref="NameDiff.Align"/>), with every dot defanged as "[.]".
/// </summary>
internal static class AddressMarkup
{
    public static IReadOnlyList<(string Text, bool Marked)> Runs(string fake, string real)
    {
        var runs = new List<(string, bool)>();
        var text = new System.Text.StringBuilder();
        var marked = false;
        foreach (var (c, mark) in NameDiff.Align(fake, real))
        {
            if (mark != marked && text.Length > 0)
            {
                runs.Add((text.ToString(), marked));
                text.Clear();
            }

            marked = mark;
            text.Append(c == '.' ? "[.]" : c.ToString());
        }

        if (text.Length > 0)
        {
            runs.Add((text.ToString(), marked));
        }

        return runs;
    }

    /// <summary>The plain-text marking: a line of carets under the differing characters of <see cref="Runs"/>.</summary>
    public static string Carets(IReadOnlyList<(string Text, bool Marked)> runs) =>
        string.Concat(runs.Select(r => new string(r.Marked ? '^' : ' ', new System.Globalization.StringInfo(r.Text).LengthInTextElements))).TrimEnd();
}
