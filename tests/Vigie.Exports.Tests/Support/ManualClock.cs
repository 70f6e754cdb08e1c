namespace Vigie.Exports.Tests.Support;

/// <summary>A clock the test sets: a triage change or an export happens exactly when the test says.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset time) => now = time;
}
