using System.Text.Json;
using Vigie.Decoys.Generation;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Stores each decoy use once and puts it in the timeline of the finding the decoy was given to; returns the alerts
/// that are new (an event read again after a restart, or pushed twice, gives none). A pushed event that carries the
/// password tried is checked against the decoy's hash, and the password itself is dropped there.
/// </summary>
internal sealed class DecoyUseRecorder(IDecoyRepository decoys, IFindingRepository findings, TimeProvider time)
{
    public async Task<IReadOnlyList<DecoyAlert>> RecordAsync(IReadOnlyList<DetectedUse> uses, CancellationToken cancellationToken)
    {
        var alerts = new List<DecoyAlert>();
        foreach (var found in uses)
        {
            var e = found.Event;
            var at = e.Time ?? time.GetUtcNow();
            bool? matched = e.Password is { } tried ? DecoyPasswordHash.Verify(found.Decoy.PasswordHash, tried) : null;
            var findingName = found.Decoy.FindingId is { } id ? (await findings.GetAsync(id, cancellationToken))?.Unicode : null;
            var alert = new DecoyAlert(found.Decoy, findingName, e with { Password = null }, found.Source, at);
            var observation = new ObservationDraft(ObservationKind.DecoyUse, at, alert.Line, Payload(found, at, matched), []);
            var use = new DecoyUse(found.Decoy.Id, found.Source, found.EventKey, at, e.SourceAddress, e.UserAgent, e.Outcome, matched);
            if (await decoys.RecordUseAsync(use, observation, cancellationToken))
            {
                alerts.Add(alert);
            }
        }

        return alerts;
    }

    private static string Payload(DetectedUse found, DateTimeOffset at, bool? matched)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("decoy", found.Decoy.Username);
            json.WriteString("page", found.Decoy.Page);
            json.WriteString("submitted_at", found.Decoy.SubmittedAt?.UtcDateTime.ToString("O"));
            json.WriteString("attempted_at", at.UtcDateTime.ToString("O"));
            json.WriteString("source_address", found.Event.SourceAddress);
            json.WriteString("user_agent", found.Event.UserAgent);
            json.WriteString("outcome", found.Event.Outcome);
            json.WriteString("seen_in", found.Source);
            json.WriteString("event", found.EventKey);
            if (matched is { } m)
            {
                json.WriteBoolean("password_matched", m);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
