namespace Vigie.Decoys.Submission;

/// <summary>A submission to run: the finding (confirmed phishing), its page, how many decoys, dry run or not, and who asked.</summary>
internal sealed record SubmissionPlan(long FindingId, Uri Page, string Domain, int Count, bool DryRun, string Actor);
