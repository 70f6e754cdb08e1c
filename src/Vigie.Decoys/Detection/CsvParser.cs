namespace Vigie.Decoys.Detection;

/// <summary>
/// A CSV sign-in log with a header row, read through a <see cref="FieldMapping"/> of column names. With
/// <paramref name="entraCodes"/> (the Log Analytics SigninLogs export) the outcome is Entra's: ResultType 0 is a
/// success, any other code a failure with its ResultDescription.
/// </summary>
internal sealed class CsvParser(FieldMapping fields, TimeProvider time, bool entraCodes = false) : ISignInParser
{
    private Dictionary<string, int>? header;

    public RecordFraming Framing => RecordFraming.Csv;

    public bool Primed => header is not null;

    public IReadOnlyList<SignInEvent> Parse(string record)
    {
        var cells = CsvFields.Split(record.TrimEnd('\r', '\n'));
        if (header is null)
        {
            header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < cells.Count; i++)
            {
                header.TryAdd(cells[i].Trim().TrimStart('\uFEFF'), i);
            }

            return header.ContainsKey(fields.User) ? [] : throw new FormatException($"the CSV header has no column '{fields.User}' for the user name");
        }

        string? Cell(string? name) => name is not null && header.TryGetValue(name, out var i) && i < cells.Count && cells[i].Length > 0 ? cells[i] : null;
        if (Cell(fields.User) is not { } user)
        {
            return [];
        }

        var outcome = Cell(fields.Outcome);
        if (entraCodes)
        {
            outcome = outcome switch
            {
                null => "unknown",
                "0" => "success",
                _ => $"failure: {outcome} {Cell("ResultDescription")}".TrimEnd(),
            };
        }

        return [new SignInEvent(user, LogTime.Parse(Cell(fields.Time), time.GetUtcNow()), Cell(fields.Address), Cell(fields.UserAgent), outcome ?? "unknown", Cell(fields.Id))];
    }
}
