using System.Text.Json;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Google Workspace login audit: Reports API activities of application `login` (an activities.list page with items[],
/// an array of activities, or JSON lines of them; `events` an array, or one object as exports that split events
/// write it). Each login_* or suspicious-login event is an attempt: login_success, login_failure (with its
/// login_failure_type), login_challenge, login_verification.
/// </summary>
internal sealed class GoogleParser(TimeProvider time) : JsonSignInParser(time)
{
    protected override void Collect(JsonElement element, List<SignInEvent> events)
    {
        foreach (var item in JsonFields.Each(element))
        {
            if (JsonFields.Child(item, "items") is { ValueKind: JsonValueKind.Array } page)
            {
                Collect(page, events);
                continue;
            }

            if (JsonFields.Text(item, "actor.email") is not { Length: > 0 } user || JsonFields.Child(item, "events") is not { } list)
            {
                continue;
            }

            var when = LogTime.Parse(JsonFields.Text(item, "id.time"), Now);
            var id = JsonFields.Text(item, "id.uniqueQualifier");
            foreach (var e in JsonFields.Each(list))
            {
                var name = JsonFields.Text(e, "name") ?? "";
                if (name.StartsWith("login_", StringComparison.Ordinal) || name.Contains("suspicious_login", StringComparison.Ordinal))
                {
                    events.Add(new SignInEvent(user, when, JsonFields.Text(item, "ipAddress"), null, Outcome(name, e), id is null ? null : $"{id}/{name}"));
                }
            }
        }
    }

    private static string Outcome(string name, JsonElement e) => name switch
    {
        "login_success" => "success",
        "login_failure" => $"failure: {Parameter(e, "login_failure_type") ?? "login_failure"}",
        _ => $"{name}: {Parameter(e, "login_challenge_status") ?? Parameter(e, "login_type") ?? ""}".TrimEnd(' ', ':'),
    };

    private static string? Parameter(JsonElement e, string name)
    {
        if (JsonFields.Child(e, "parameters") is not { ValueKind: JsonValueKind.Array } parameters)
        {
            return null;
        }

        foreach (var p in parameters.EnumerateArray())
        {
            if (JsonFields.Text(p, "name") == name)
            {
                return JsonFields.Text(p, "value");
            }
        }

        return null;
    }
}
