using System.Text.Json;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Microsoft Entra ID sign-ins as Microsoft Graph returns them (GET /auditLogs/signIns: a page with value[], one
/// signIn, or JSON lines of either) and as Azure Monitor diagnostic settings export them (the signIn under
/// `properties`, with `time` and `callerIpAddress` beside it). status.errorCode 0 is a success; any other code is a
/// failure (50126: wrong password, 50034: no such user — what a decoy tried against the real tenant gives).
/// </summary>
internal sealed class EntraParser(TimeProvider time) : JsonSignInParser(time)
{
    protected override void Collect(JsonElement element, List<SignInEvent> events)
    {
        foreach (var item in JsonFields.Each(element))
        {
            if (JsonFields.Child(item, "value") is { ValueKind: JsonValueKind.Array } page)
            {
                Collect(page, events);
            }
            else if (JsonFields.Child(item, "properties") is { ValueKind: JsonValueKind.Object } properties)
            {
                Add(properties, item, events);
            }
            else
            {
                Add(item, null, events);
            }
        }
    }

    private void Add(JsonElement signIn, JsonElement? record, List<SignInEvent> events)
    {
        if (JsonFields.Text(signIn, "userPrincipalName") is not { Length: > 0 } user)
        {
            return;
        }

        var now = Now;
        var when = LogTime.Parse(JsonFields.Text(signIn, "createdDateTime"), now) ?? (record is { } r ? LogTime.Parse(JsonFields.Text(r, "time"), now) : null);
        var address = JsonFields.Text(signIn, "ipAddress") ?? (record is { } r2 ? JsonFields.Text(r2, "callerIpAddress") : null);
        events.Add(new SignInEvent(user, when, address, JsonFields.Text(signIn, "userAgent"), Outcome(signIn), JsonFields.Text(signIn, "id")));
    }

    private static string Outcome(JsonElement signIn)
    {
        var code = JsonFields.Text(signIn, "status.errorCode");
        return code switch
        {
            null => "unknown",
            "0" => "success",
            _ => $"failure: {code} {JsonFields.Text(signIn, "status.failureReason")}".TrimEnd(),
        };
    }
}
