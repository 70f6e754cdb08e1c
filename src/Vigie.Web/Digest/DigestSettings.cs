using Cronos;
using Vigie.Storage.Findings;

namespace Vigie.Web.Digest;

/// <summary>
/// The `digest:` section of the serve configuration (README, "The weekly digest"): what every organisation's digest
/// holds and when it goes, with per-organisation recipients and overrides in <see cref="Organisations"/>.
/// </summary>
internal sealed record DigestSettings
{
    /// <summary>Monday 08:00, in each organisation's time zone.</summary>
    public static readonly CronExpression DefaultSchedule = CronExpression.Parse("0 8 * * 1");

    /// <summary>Confirmed or suspected: the states a staff member should learn to recognise.</summary>
    public static readonly IReadOnlyList<TriageState> DefaultStates =
        [TriageState.ConfirmedPhishing, TriageState.TakedownRequested, TriageState.TakenDown, TriageState.Investigating];

    public CronExpression Schedule { get; init; } = DefaultSchedule;

    public IReadOnlyList<TriageState> States { get; init; } = DefaultStates;

    public string Language { get; init; } = "en";

    /// <summary>Who to tell after typing something into a fake page; null: the digest's wording for "the person in charge of security".</summary>
    public string? Contact { get; init; }

    /// <summary>Whether an empty week still sends its short "nothing found" message.</summary>
    public bool SendEmpty { get; init; } = true;

    public bool SpotTheFake { get; init; }

    /// <summary>The largest message; past it, pictures are left out (lowest scores first) and the dashboard linked instead.</summary>
    public long MaxBytes { get; init; } = 5_000_000;

    /// <summary>Recipients and overrides by organisation slug; an organisation not listed gets no scheduled digest.</summary>
    public IReadOnlyDictionary<string, DigestRecipients> Organisations { get; init; } = new Dictionary<string, DigestRecipients>();

    /// <summary>The settings of one organisation, its overrides applied; an organisation not listed has no recipient.</summary>
    public DigestPlan PlanFor(string slug) => Organisations.TryGetValue(slug, out var o)
        ? new DigestPlan(o.To, o.Language ?? Language, o.Schedule ?? Schedule, o.Contact ?? Contact)
        : new DigestPlan([], Language, Schedule, Contact);
}
