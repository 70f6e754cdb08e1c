using System.Text.Json;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Okta System Log events (LogEvent: GET /api/v1/logs arrays, JSON lines, or an event hook delivery's data.events[]).
/// The sign-in events are user.session.start, user.authentication.* and policy.evaluate_sign_on; for an unknown user
/// Okta still logs the name typed as actor.alternateId, which is what catches a decoy.
/// </summary>
internal sealed class OktaParser(TimeProvider time) : JsonSignInParser(time)
{
    protected override void Collect(JsonElement element, List<SignInEvent> events)
    {
        foreach (var item in JsonFields.Each(element))
        {
            if (JsonFields.Child(item, "data") is { } data && JsonFields.Child(data, "events") is { ValueKind: JsonValueKind.Array } delivered)
            {
                Collect(delivered, events);
                continue;
            }

            var type = JsonFields.Text(item, "eventType") ?? "";
            if (!(type == "user.session.start" || type.StartsWith("user.authentication.", StringComparison.Ordinal) || type == "policy.evaluate_sign_on")
                || JsonFields.Text(item, "actor.alternateId") is not { Length: > 0 } user)
            {
                continue;
            }

            var result = JsonFields.Text(item, "outcome.result")?.ToLowerInvariant() ?? "unknown";
            var reason = JsonFields.Text(item, "outcome.reason");
            events.Add(new SignInEvent(user, LogTime.Parse(JsonFields.Text(item, "published"), Now), JsonFields.Text(item, "client.ipAddress"),
                JsonFields.Text(item, "client.userAgent.rawUserAgent"), reason is null ? result : $"{result}: {reason}", JsonFields.Text(item, "uuid")));
        }
    }
}
