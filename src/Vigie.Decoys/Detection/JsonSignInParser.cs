using System.Text.Json;

namespace Vigie.Decoys.Detection;

/// <summary>A vendor's JSON sign-in log: complete JSON values, each a page, an array or one event, walked by <see cref="Collect"/>.</summary>
internal abstract class JsonSignInParser(TimeProvider time) : ISignInParser
{
    public RecordFraming Framing => RecordFraming.Json;

    public bool Primed => true;

    protected DateTimeOffset Now => time.GetUtcNow();

    public IReadOnlyList<SignInEvent> Parse(string record)
    {
        using var document = JsonFields.TryParse(record);
        var events = new List<SignInEvent>();
        if (document is not null)
        {
            Collect(document.RootElement, events);
        }

        return events;
    }

    protected abstract void Collect(JsonElement element, List<SignInEvent> events);
}
