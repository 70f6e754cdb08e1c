namespace Vigie.Benchmarks.Pages;

/// <summary>
/// One page of ../shared/data/pages as the bench serves it: its label (phishing or legit), the brand a kit imitates
/// (bench/pages/kit-targets.csv; empty for a legitimate page), the host it is served under, and its split.
/// </summary>
internal sealed record CorpusPage(string Id, string Label, string Target, string File, string Host, bool Holdout)
{
    public bool IsKit => Label == "phishing";
}
