using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigie.Decoys.Detection;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;
using Vigie.Web.Api;
using Vigie.Web.Security;

namespace Vigie.Web.Decoys;

/// <summary>
/// POST /api/v1/decoys/events: sign-in events pushed by the identity provider (an Okta event hook, a Graph or Google
/// export posted by a script, any JSON lines with a field mapping), checked for decoys like the log followers do.
/// Authenticated as every API call (a write token of an analyst: Okta sends it as its Authorization header).
/// </summary>
internal static class DecoyApi
{
    private static readonly LogFormat[] Pushable = [LogFormat.Entra, LogFormat.Google, LogFormat.Okta, LogFormat.Jsonl];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/decoys/events", PushAsync).RequireAuthorization(Policies.Analyst)
            .WithSummary("Sign-in events pushed for decoy detection: ?format=okta|entra|google|jsonl (&fields=user=…,ip=… for jsonl). Each new use of a decoy goes to its finding's timeline.");
        api.MapGet("/decoys/events", Results<Ok<OktaVerificationJson>, BadRequest<ApiErrorJson>> (HttpRequest request) =>
            request.Headers["X-Okta-Verification-Challenge"].ToString() is { Length: > 0 } challenge
                ? TypedResults.Ok(new OktaVerificationJson(challenge))
                : TypedResults.BadRequest(new ApiErrorJson("this address takes POSTed sign-in events; GET answers Okta's verification challenge only")))
            .WithSummary("Answers Okta's one-time event hook verification (X-Okta-Verification-Challenge).");
    }

    private static async Task<Results<Ok<DecoyEventsJson>, BadRequest<ApiErrorJson>>> PushAsync(
        HttpRequest request, IDecoyRepository decoys, IFindingRepository findings, TimeProvider time, CancellationToken cancellationToken)
    {
        ISignInParser parser;
        try
        {
            var format = LogFormats.Parse(request.Query["format"].ToString() is { Length: > 0 } f ? f : "okta");
            parser = Pushable.Contains(format)
                ? SignInParsers.Create(format, request.Query["fields"].ToString() is { Length: > 0 } fields ? FieldMapping.Parse(fields) : null, null, time)
                : throw new ArgumentException("format: pushed events are one of okta, entra, google, jsonl");
        }
        catch (ArgumentException e)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var records = parser.Framing == RecordFraming.Lines ? body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [body];
        var events = records.SelectMany(parser.Parse).ToList();
        var index = new DecoyIndex(await decoys.ListAsync(null, cancellationToken));
        var uses = events.SelectMany(e => index.Match(e.Username).Select(d => new DetectedUse(d, e, "webhook", e.EventId ?? Hash(e)))).ToList();
        var alerts = await new DecoyUseRecorder(decoys, findings, time).RecordAsync(uses, cancellationToken);
        return TypedResults.Ok(new DecoyEventsJson(events.Count, alerts.Count));
    }

    private static string Hash(SignInEvent e) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{e.Username}|{e.Time:O}|{e.SourceAddress}|{e.Outcome}")));
}
