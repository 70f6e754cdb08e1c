using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Tests.Support;

/// <summary>Runs the page analysis on hand-written markup, with a generous parse budget.</summary>
internal static class AnalyzePage
{
    public static Task<PageAnalysis> RunAsync(string html, string url = "https://suspect.example.com/", PageContext? context = null) =>
        PageAnalyzer.AnalyzeAsync(html, new Uri(url), context ?? PageContext.Empty, TimeSpan.FromSeconds(30), TimeProvider.System, CancellationToken.None);
}
