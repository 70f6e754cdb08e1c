namespace Vigie.Core.Scoring;

/// <summary>How a verdict is written: a code for JSON and storage, a title for the text report.</summary>
internal static class VerdictNames
{
    /// <summary>"phishing", "brands_own"…: the JSON value and the stored one.</summary>
    public static string Code(Verdict verdict) => verdict == Verdict.BrandsOwn ? "brands_own" : verdict.ToString().ToLowerInvariant();

    /// <summary>"PHISHING", "BRAND'S OWN"…: the head of the text report, from the code.</summary>
    public static string Title(string code) => code == Code(Verdict.BrandsOwn) ? "BRAND'S OWN" : code.ToUpperInvariant();
}
