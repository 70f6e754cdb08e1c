namespace Vigie.Enrichment.Pages;

/// <summary>A genuine login page of the watchlist, as captured for comparison.</summary>
internal sealed record GenuinePage(Uri Url, PageFingerprint Fingerprint);
