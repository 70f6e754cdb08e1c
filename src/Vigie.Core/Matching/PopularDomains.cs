namespace Vigie.Core.Matching;

/// <summary>
/// Well-known legitimate domains never reported (Data/popular-domains.txt: the Moz Top 500 as packaged by the
/// MIT-licensed npm package top-sites 1.1.222). Deliberately not built from any list the measurements use.
/// </summary>
internal static class PopularDomains
{
    private static readonly Lazy<string[]> Domains = new(() => EmbeddedList.Read("Matching.popular-domains.txt"));

    public static IReadOnlyList<string> All => Domains.Value;
}
