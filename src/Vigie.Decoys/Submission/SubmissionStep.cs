namespace Vigie.Decoys.Submission;

/// <summary>
/// One request of a submission as recorded: method, address, the fields sent (the password replaced by
/// <see cref="Masked"/>) and the response status (null: not sent, a dry run).
/// </summary>
internal sealed record SubmissionStep(string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Fields, int? Status)
{
    public const string Masked = "(decoy password, not recorded)";
}
