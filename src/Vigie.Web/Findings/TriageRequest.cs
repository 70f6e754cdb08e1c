using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Web.Findings;

/// <summary>A triage change as a form or the API gives it: a state name (snake_case) and a comment.</summary>
internal static class TriageRequest
{
    public const int MaxComment = 2000;

    public static (TriageState State, string Comment) Parse(string? state, string? comment)
    {
        if (string.IsNullOrWhiteSpace(state) || !StoredEnum<TriageState>.TryParse(state.Trim(), out var parsed))
        {
            throw new BadQueryException($"state: '{state}' is not one of {string.Join(", ", StoredEnum<TriageState>.All)}");
        }

        var text = (comment ?? string.Empty).Trim();
        return text.Length > MaxComment
            ? throw new BadQueryException($"comment: at most {MaxComment} characters")
            : (parsed, text);
    }
}
