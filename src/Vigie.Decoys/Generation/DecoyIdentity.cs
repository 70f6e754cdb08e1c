namespace Vigie.Decoys.Generation;

/// <summary>
/// A decoy as generated: the user name and the clear password, which exists only in memory until it is printed once
/// (`vigie decoy generate`) or sent to the phishing page; the store keeps its hash (<see cref="DecoyPasswordHash"/>).
/// </summary>
internal sealed record DecoyIdentity(long Id, long? FindingId, string Username, string Password)
{
    /// <summary>Never the password: a record printed by mistake into a log shows the user name only.</summary>
    public override string ToString() => Username;
}
