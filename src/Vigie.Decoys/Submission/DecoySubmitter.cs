using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigie.Decoys.Generation;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;

namespace Vigie.Decoys.Submission;

/// <summary>
/// Feeds a confirmed phishing page N decoys (issue 13): only for a finding in the confirmed_phishing state; one
/// decoy at a time, spread over time with jitter and under the hourly cap; each one generated just before it is
/// sent, so its clear password lives in memory for one request; each submission recorded in the finding's timeline
/// with the requests and fields sent, the password replaced. A dry run generates nothing into the store and posts
/// nothing. Cancelling the token (the kill switch, SIGINT) stops between two decoys or in the middle of a request.
/// </summary>
internal sealed class DecoySubmitter(IDecoyRepository decoys, IFindingRepository findings, SubmissionSettings settings, TimeProvider time)
{
    public async Task<IReadOnlyList<SubmissionResult>> RunAsync(SubmissionPlan plan, AddressPattern pattern, Func<SubmissionResult, Task> onResult, CancellationToken cancellationToken)
    {
        var finding = await findings.GetAsync(plan.FindingId, cancellationToken) ?? throw new ArgumentException($"no finding {plan.FindingId}");
        if (finding.State != TriageState.ConfirmedPhishing)
        {
            throw new ArgumentException($"finding {finding.Id} ({finding.Unicode}) is not confirmed as phishing: decoys go only to confirmed phishing pages");
        }

        var sender = new DecoySender(settings);
        var generator = new DecoyGenerator(decoys, time);
        var results = new List<SubmissionResult>();
        for (var i = 0; i < plan.Count; i++)
        {
            if (i > 0 && !plan.DryRun)
            {
                await Task.Delay(settings.NextWait(RandomNumberGenerator.GetInt32(1_000_000) / 1_000_000.0), time, cancellationToken);
            }

            var request = new DecoyRequest(plan.Domain, 1, pattern, settings.Language, finding.Id);
            var decoy = plan.DryRun ? DecoyGenerator.Draw(request) : (await generator.GenerateAsync(request, cancellationToken))[0];
            var result = await sender.SendAsync(decoy, plan.Page, plan.DryRun, cancellationToken);
            if (!plan.DryRun)
            {
                var at = time.GetUtcNow();
                await decoys.RecordSubmissionAsync(new DecoySubmission(decoy.Id, finding.Id, plan.Page.ToString(), result.Status, at,
                    new ObservationDraft(ObservationKind.DecoySubmission, at, $"decoy {decoy.Username} → {plan.Page}: {result.Status} (by {plan.Actor})", Payload(result, plan.Actor), [])),
                    cancellationToken);
            }

            results.Add(result);
            await onResult(result);
        }

        return results;
    }

    public static string Payload(SubmissionResult result, string actor)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("decoy", result.Username);
            json.WriteString("page", result.Page);
            json.WriteString("status", result.Status);
            json.WriteString("by", actor);
            json.WriteBoolean("dry_run", result.DryRun);
            json.WriteStartArray("requests");
            foreach (var step in result.Steps)
            {
                json.WriteStartObject();
                json.WriteString("method", step.Method);
                json.WriteString("url", step.Url);
                json.WriteStartObject("fields");
                foreach (var (name, value) in step.Fields)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
                if (step.Status is { } status)
                {
                    json.WriteNumber("status", status);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
