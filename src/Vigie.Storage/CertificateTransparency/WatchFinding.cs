namespace Vigie.Storage.CertificateTransparency;

/// <summary>
/// A lookalike found by `vigie watch`: the name, the asset it imitates, how, and where it was first seen
/// (<paramref name="Source"/>: "ct:LOG#INDEX" or "nrd:FILE"). One per name, whichever source saw it first.
/// </summary>
internal sealed record WatchFinding(
    string Name,
    string Target,
    string Techniques,
    int Score,
    string Explanation,
    string Source,
    DateTimeOffset FoundAt);
