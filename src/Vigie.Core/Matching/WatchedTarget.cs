namespace Vigie.Core.Matching;

/// <summary>Something a match can name as its target: a watched domain, a service domain or a brand.</summary>
/// <param name="Display">How reports name it: "en-marche.fr", "office.com", "En Marche".</param>
/// <param name="Label">The label compared with names: "en-marche", "office", "enmarche".</param>
/// <param name="Suffix">The public suffix of a domain ("fr"), or "" for a brand.</param>
/// <param name="IsService">
/// An outside service (watchlist <c>services:</c>), not the organisation's own: its owner is big enough to hold its
/// name under many endings and to run infrastructure named after it, which the score takes into account.
/// </param>
internal sealed record WatchedTarget(string Display, string Label, string Suffix, bool IsService = false)
{
    public bool IsBrand => Suffix.Length == 0;
}
