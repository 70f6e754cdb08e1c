using Vigie.Enrichment.Dns;
using Vigie.Storage.Scans;

namespace Vigie.Storage.Tests.Scans;

public sealed class ChangeTrackerTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DnsRecordSet OnlyNs = new() { Ns = ["ns1.parking.test"] };
    private static readonly DnsRecordSet Live = new() { Ns = ["ns1.parking.test"], A = ["192.0.2.1"] };

    [Fact]
    public void Apply_FirstRegistration_New()
    {
        var (next, change) = ChangeTracker.Apply(null, Registered(Live), 1, Day1);

        Assert.Equal(NameChange.New, change);
        Assert.Equal((Day1, Day1), (next.FirstSeen, next.LastSeen));
    }

    [Fact]
    public void Apply_GainedAddress_Activated()
    {
        var (before, _) = ChangeTracker.Apply(null, Registered(OnlyNs), 1, Day1);

        var (next, change) = ChangeTracker.Apply(before, Registered(Live), 2, Day2);

        Assert.Equal(NameChange.Activated, change);
        Assert.Equal((Day1, Day2), (next.FirstSeen, next.LastSeen));
    }

    [Fact]
    public void Apply_OtherAddress_Changed()
    {
        var (before, _) = ChangeTracker.Apply(null, Registered(Live), 1, Day1);

        var (_, change) = ChangeTracker.Apply(before, Registered(Live with { A = ["192.0.2.2"] }), 2, Day2);

        Assert.Equal(NameChange.Changed, change);
    }

    [Fact]
    public void Apply_SameRecords_NoChange()
    {
        var (before, _) = ChangeTracker.Apply(null, Registered(Live), 1, Day1);

        Assert.Null(ChangeTracker.Apply(before, Registered(Live with { }), 2, Day2).Change);
    }

    [Fact]
    public void Apply_NxdomainAfterRegistered_Gone()
    {
        var (before, _) = ChangeTracker.Apply(null, Registered(Live), 1, Day1);

        var (next, change) = ChangeTracker.Apply(before, new NameObservation("brand.com", NameStatus.Unregistered, DnsRecordSet.Empty, false, null), 2, Day2);

        Assert.Equal(NameChange.Gone, change);
        Assert.Equal(NameStatus.Unregistered, next.Status);
        Assert.Equal(Day1, next.LastSeen);
    }

    [Fact]
    public void Apply_ServfailAfterRegistered_NothingChangesButObserved()
    {
        var (before, _) = ChangeTracker.Apply(null, Registered(Live), 1, Day1);

        var (next, change) = ChangeTracker.Apply(before, new NameObservation("brand.com", NameStatus.Unknown, DnsRecordSet.Empty, false, "SERVFAIL"), 2, Day2);

        Assert.Null(change);
        Assert.Equal((NameStatus.Registered, NameStatus.Unknown, 2L), (next.Status, next.Observed, next.LastRun));
        Assert.Equal(Live, next.Records);
    }

    [Fact]
    public void Apply_PartialAnswer_NoChangeAndOldRecordsKept()
    {
        var (before, _) = ChangeTracker.Apply(null, Registered(Live), 1, Day1);

        var (next, change) = ChangeTracker.Apply(before, Registered(OnlyNs) with { Partial = true }, 2, Day2);

        Assert.Null(change);
        Assert.Equal(Live, next.Records);
    }

    [Fact]
    public void Apply_BackAfterGone_Activated()
    {
        var (registered, _) = ChangeTracker.Apply(null, Registered(Live), 1, Day1);
        var (gone, _) = ChangeTracker.Apply(registered, new NameObservation("brand.com", NameStatus.Unregistered, DnsRecordSet.Empty, false, null), 2, Day2);

        Assert.Equal(NameChange.Activated, ChangeTracker.Apply(gone, Registered(Live), 3, Day2.AddDays(1)).Change);
    }

    private static NameObservation Registered(DnsRecordSet records) => new("brand.com", NameStatus.Registered, records, false, null);
}
