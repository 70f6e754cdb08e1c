using Vigie.Storage.Decoys;

namespace Vigie.Decoys.Detection;

/// <summary>
/// A decoy was tried: a high-confidence alert (only the phishing page that received the decoy could have handed it
/// on). It names the decoy, the finding and page it was given to and when, and the attempt's time, source address,
/// user agent and outcome.
/// </summary>
internal sealed record DecoyAlert(Decoy Decoy, string? FindingName, SignInEvent Event, string Source, DateTimeOffset AttemptedAt)
{
    public string Line =>
        $"DECOY USED: {Decoy.Username} — given to {FindingText} — tried {AttemptedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC from {Event.SourceAddress ?? "an unknown address"}"
        + $", user agent {Event.UserAgent ?? "unknown"}, outcome {Event.Outcome} (seen in {Source})";

    private string FindingText => Decoy.FindingId is { } id
        ? $"finding {id} {FindingName}{(Decoy.Page is { } page ? $", page {page}" : "")}{(Decoy.SubmittedAt is { } at ? $" on {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : ", not sent by Vigie")}"
        : "no finding (planted by hand)";
}
