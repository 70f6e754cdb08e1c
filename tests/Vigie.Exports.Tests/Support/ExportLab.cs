using System.Globalization;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Support;

/// <summary>
/// A migrated store (SQLite or PostgreSQL) with two organisations and the findings an export must sort out: a confirmed
/// phishing name with DNS (IPv4 and IPv6) and an HTTP chain, a new one, an IDN, a benign one (left out by default)
/// and another organisation's finding.
/// </summary>
internal sealed class ExportLab : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder;

    private ExportLab(TempFolder folder, VigieDatabase database)
    {
        this.folder = folder;
        Database = database;
        Store = new FindingsStore(database, Clock);
    }

    public static string Idn { get; } = new IdnMapping().GetAscii("en-märche.fr");

    public ManualClock Clock { get; } = new(Start);

    public VigieDatabase Database { get; }

    public FindingsStore Store { get; }

    public string Folder => folder.Path;

    public Organisation EnMarche { get; private set; } = null!;

    public Exporter Exporter => new(Store, null, Clock);

    public static async Task<ExportLab> OpenAsync(string kind = "sqlite", PostgresServer? postgres = null)
    {
        var folder = new TempFolder();
        var location = kind == "postgres" ? await postgres!.CreateDatabaseAsync() : folder.File("vigie.db");
        var database = VigieDatabase.Open(location);
        await Storage.Migrations.Migrator.MigrateAsync(database, CancellationToken.None);
        var lab = new ExportLab(folder, database);
        await lab.SeedAsync();
        return lab;
    }

    /// <summary>Every finding of the lab in one format, as text.</summary>
    public async Task<string> ExportAsync(ExportFormat format, ExportFilter? filter = null, string? walledGarden = null)
    {
        var exporter = Exporter;
        var selection = await exporter.SelectAsync(filter ?? new ExportFilter(), CancellationToken.None);
        using var output = new MemoryStream();
        await exporter.WriteAsync(format, selection, output, walledGarden, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    public async Task<long> IdOfAsync(string name) => (await Store.Findings.FindAsync(EnMarche.Id, name, CancellationToken.None))!.Id;

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        folder.Dispose();
    }

    private async Task SeedAsync()
    {
        EnMarche = await Store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "organisation: En Marche\ndomains:\n  - en-marche.fr\n"), CancellationToken.None);
        var ngo = await Store.Organisations.CreateAsync(new OrganisationDraft("lab-ngo", "Lab NGO", "UTC", "organisation: Lab NGO\ndomains:\n  - lab-ngo.org\n"), CancellationToken.None);
        await Store.Findings.RecordAsync(
        [
            new(EnMarche.Id, "en-rnarche.fr", "en-marche.fr", ["homoglyph"], 92, "the m of en-marche.fr was replaced by rn", SourceKind.Sweep, "vigie scan en-marche.fr", Start, true),
            new(EnMarche.Id, "onedrive-en-marche.fr", "en-marche.fr", ["dot-to-hyphen"], 85, "the dot in onedrive.en-marche.fr was replaced by a hyphen", SourceKind.Ct, "log#12", Start.AddHours(1)),
            new(EnMarche.Id, Idn, "en-marche.fr", ["homoglyph"], 88, "the a of en-marche.fr was replaced by ä", SourceKind.Nrd, "nrd.txt:3", Start.AddHours(2)),
            new(EnMarche.Id, "en-marche-benign.fr", "en-marche.fr", ["combosquat"], 60, "a word was added to en-marche.fr", SourceKind.Sweep, "vigie scan en-marche.fr", Start.AddHours(3), true),
            new(ngo.Id, "lab-ngo-login.org", "lab-ngo.org", ["combosquat"], 75, "login was added to lab-ngo.org", SourceKind.Ct, "log#13", Start.AddHours(4)),
        ], CancellationToken.None);
        var phishing = await IdOfAsync("en-rnarche.fr");
        await Store.Observations.AddAsync(phishing, new ObservationDraft(ObservationKind.Dns, Start.AddMinutes(5), "registered",
            """{"status":"registered","records":{"A":["192.0.2.10"],"AAAA":["2001:db8::10"],"MX":["10 mx.en-rnarche.fr."]}}""", []), CancellationToken.None);
        await Store.Observations.AddAsync(phishing, new ObservationDraft(ObservationKind.Http, Start.AddMinutes(6), "200 https://login.en-rnarche.fr/signin",
            """{"requested_url":"http://en-rnarche.fr/","final_url":"https://login.en-rnarche.fr/signin","status":200,"redirects":["https://en-rnarche.fr/"]}""", []), CancellationToken.None);
        await Store.Observations.AddAsync(await IdOfAsync("onedrive-en-marche.fr"), new ObservationDraft(ObservationKind.Dns, Start.AddHours(1), "addresses",
            """{"addresses":["192.0.2.10","192.0.2.11"],"mail_exchangers":[]}""", []), CancellationToken.None);
        Clock.Set(Start.AddDays(1));
        await Store.Triage.ChangeStateAsync(phishing, TriageState.ConfirmedPhishing, new Actor("alice"), "login page copy", CancellationToken.None);
        await Store.Triage.ChangeStateAsync(await IdOfAsync("en-marche-benign.fr"), TriageState.Benign, new Actor("alice"), "a blog", CancellationToken.None);
    }
}
