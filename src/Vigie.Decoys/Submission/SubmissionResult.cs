namespace Vigie.Decoys.Submission;

/// <summary>What sending one decoy did: its requests in order, and the error that stopped it, if any.</summary>
internal sealed record SubmissionResult(string Username, string Page, IReadOnlyList<SubmissionStep> Steps, string? Error, bool DryRun)
{
    public string Status => Error is not null ? $"failed: {Error}"
        : DryRun ? "dry run: nothing sent"
        : "sent " + string.Join(", ", Steps.Where(s => s.Method == "POST").Select(s => s.Status));
}
