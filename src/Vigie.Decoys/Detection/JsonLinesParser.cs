namespace Vigie.Decoys.Detection;

/// <summary>Any JSON log, one object (or an array of them) per line, read through a <see cref="FieldMapping"/>.</summary>
internal sealed class JsonLinesParser(FieldMapping fields, TimeProvider time) : ISignInParser
{
    public RecordFraming Framing => RecordFraming.Lines;

    public bool Primed => true;

    public IReadOnlyList<SignInEvent> Parse(string record)
    {
        using var document = JsonFields.TryParse(record);
        var events = new List<SignInEvent>();
        if (document is null)
        {
            return events;
        }

        foreach (var item in JsonFields.Each(document.RootElement))
        {
            if (JsonFields.Text(item, fields.User) is { Length: > 0 } user)
            {
                events.Add(new SignInEvent(user, LogTime.Parse(JsonFields.Text(item, fields.Time), time.GetUtcNow()), JsonFields.Text(item, fields.Address),
                    JsonFields.Text(item, fields.UserAgent), JsonFields.Text(item, fields.Outcome) ?? "unknown", JsonFields.Text(item, fields.Id)));
            }
        }

        return events;
    }
}
