using Vigie.Core.Matching;

namespace Vigie.Web.Html;

/// <summary>
/// A finding's name with the characters that differ from its target marked (&lt;mark&gt;), from the same
/// Damerau–Levenshtein alignment the matcher explains with (<see cref="EditDistance.Edits"/>).
/// </summary>
internal static class NameDiff
{
    public static HtmlFragment Highlight(string name, string target)
    {
        var marked = Align(name, target);
        var html = new HtmlBuilder();
        var inMark = false;
        foreach (var (c, mark) in marked)
        {
            if (mark != inMark)
            {
                html.Append(new HtmlFragment(mark ? "<mark>" : "</mark>"));
                inMark = mark;
            }

            html.Encoded(c.ToString());
        }

        if (inMark)
        {
            html.Append(new HtmlFragment("</mark>"));
        }

        return html.ToFragment();
    }

    /// <summary>The name's characters in order, each marked when an edit of the target produced it.</summary>
    internal static IReadOnlyList<(char Char, bool Marked)> Align(string name, string target)
    {
        var output = new List<(char, bool)>(name.Length);
        var t = 0;
        foreach (var edit in EditDistance.Edits(target, name))
        {
            for (; t < edit.Position; t++)
            {
                output.Add((target[t], false));
            }

            switch (edit.Kind)
            {
                case EditKind.Insert:
                    output.Add((edit.To, true));
                    break;
                case EditKind.Delete:
                    t++;
                    break;
                case EditKind.Replace:
                    output.Add((edit.To, true));
                    t++;
                    break;
                case EditKind.Transpose:
                    output.Add((target[t + 1], true));
                    output.Add((target[t], true));
                    t += 2;
                    break;
            }
        }

        for (; t < target.Length; t++)
        {
            output.Add((target[t], false));
        }

        // The replay must give the name back; if it ever does not, show the name unmarked rather than a wrong one.
        return string.Concat(output.Select(o => o.Item1)) == name ? output : [.. name.Select(c => (c, false))];
    }
}
