namespace Vigie.Core.Matching;

/// <summary>What the matcher made of one input name.</summary>
internal enum MatchStatus
{
    /// <summary>A valid name that imitates no asset (or only an allowlisted, watched or popular domain).</summary>
    NoMatch,

    /// <summary>A valid name that imitates an asset.</summary>
    Matched,

    /// <summary>Not a domain name at all.</summary>
    Unparsable,
}
