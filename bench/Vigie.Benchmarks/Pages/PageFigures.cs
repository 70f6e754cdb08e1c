using System.Globalization;
using System.Text;
using Vigie.Core.Scoring;

namespace Vigie.Benchmarks.Pages;

/// <summary>
/// The figures issue 16 asks for, on one part of the corpus: the confusion table (label × verdict), the share of
/// kit pages imitating a watched brand judged phishing, the share of legitimate pages judged phishing and
/// phishing-or-suspicious, and the ROC AUC of the risk score (Mann–Whitney: the chance that a random kit page
/// scores above a random legitimate page, ties counting half).
/// </summary>
internal static class PageFigures
{
    public static string Describe(string part, IReadOnlyList<PageResult> results, IReadOnlySet<string> watched)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var verdicts = Enum.GetValues<Verdict>();
        text.AppendLine(inv, $"== {part}: {results.Count} pages");
        text.AppendLine(inv, $"{"label",-24}{string.Concat(verdicts.Select(v => $"{v.ToString().ToLowerInvariant(),12}"))}");
        foreach (var (name, rows) in Groups(results, watched))
        {
            text.AppendLine(inv, $"{$"{name} ({rows.Count})",-24}{string.Concat(verdicts.Select(v => $"{rows.Count(r => r.Verdict == v),12}"))}");
        }

        var kits = results.Where(r => r.Page.IsKit && watched.Contains(r.Page.Target)).ToList();
        var legit = results.Where(r => !r.Page.IsKit).ToList();
        text.AppendLine(inv, $"kit pages imitating a watched brand judged phishing: {Share(kits, r => r.Verdict == Verdict.Phishing)} (target >= 90%)");
        text.AppendLine(inv, $"legitimate pages judged phishing: {Share(legit, r => r.Verdict == Verdict.Phishing)} (target <= 5%)");
        text.AppendLine(inv, $"legitimate pages judged phishing or suspicious: {Share(legit, r => r.Verdict is Verdict.Phishing or Verdict.Suspicious)} (target <= 10%)");
        text.AppendLine(inv, $"ROC AUC of the risk score, every kit page against every legitimate page: {Auc(results.Where(r => r.Page.IsKit).ToList(), legit):F3} (target >= 0.95)");
        text.AppendLine(inv, $"ROC AUC, kit pages imitating a watched brand only: {Auc(kits, legit):F3}");
        return text.ToString();
    }

    public static double Auc(IReadOnlyList<PageResult> positives, IReadOnlyList<PageResult> negatives)
    {
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return double.NaN;
        }

        double wins = 0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                wins += p.Score > n.Score ? 1 : p.Score == n.Score ? 0.5 : 0;
            }
        }

        return wins / ((double)positives.Count * negatives.Count);
    }

    private static IEnumerable<(string Name, List<PageResult> Rows)> Groups(IReadOnlyList<PageResult> results, IReadOnlySet<string> watched)
    {
        yield return ("kit, watched brand", results.Where(r => r.Page.IsKit && watched.Contains(r.Page.Target)).ToList());
        yield return ("kit, other brand", results.Where(r => r.Page.IsKit && !watched.Contains(r.Page.Target)).ToList());
        yield return ("legit", results.Where(r => !r.Page.IsKit).ToList());
    }

    private static string Share(List<PageResult> rows, Func<PageResult, bool> when) => rows.Count == 0
        ? "n/a"
        : string.Create(CultureInfo.InvariantCulture, $"{rows.Count(when)}/{rows.Count} = {100.0 * rows.Count(when) / rows.Count:F1}%");
}
