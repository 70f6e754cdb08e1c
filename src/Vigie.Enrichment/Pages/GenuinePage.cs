using Vigie.Enrichment.Browser;

namespace Vigie.Enrichment.Pages;

/// <summary>A genuine login page of the watchlist, as captured for comparison; <paramref name="Capture"/> is the screenshot kept as evidence beside a suspect's.</summary>
internal sealed record GenuinePage(Uri Url, PageFingerprint Fingerprint, Screenshot? Capture = null);
