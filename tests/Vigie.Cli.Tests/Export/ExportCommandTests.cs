using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Export;

public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    private string Db => folder.File("vigie.db");

    public async Task InitializeAsync()
    {
        await using var database = VigieDatabase.Open(Db);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = await store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "UTC", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        var at = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        await store.Findings.RecordAsync(
        [
            new(organisation.Id, "en-rnarche.fr", "en-marche.fr", ["homoglyph"], 92, "rn for m", SourceKind.Sweep, "vigie scan en-marche.fr", at, true),
            new(organisation.Id, "en-marche-shop.fr", "en-marche.fr", ["combosquat"], 40, "shop added", SourceKind.Sweep, "vigie scan en-marche.fr", at.AddDays(2), true),
        ], CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Export_DomainsWithMinScore_PrintsTheNamesAndCountsOnStderr()
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("export", "--format", "domains", "--min-score", "50", "--db", Db);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(["en-rnarche.fr"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')));
        Assert.Equal("vigie: 1 finding(s) exported as domains\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Export_RpzToAFileSince_WritesTheZoneFile()
    {
        var zone = folder.File("vigie.rpz");

        var (code, _, stderr) = await VigieAppTests.RunAsync("export", "--format", "rpz", "--since", "2026-11-21", "--output", zone, "--db", Db);

        Assert.True(code == ExitCodes.Success, stderr);
        var lines = await File.ReadAllLinesAsync(zone);
        Assert.Equal(["en-marche-shop.fr CNAME .", "*.en-marche-shop.fr CNAME ."], lines.Where(l => l.Contains("CNAME", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Theory]
    [InlineData("--format", "pdf", "vigie: --format: 'pdf' is not one of csv, json, stix, misp, rpz, hosts, adblock, domains")]
    [InlineData("--state", "done", "vigie: state: 'done' is not one of all, new, investigating, confirmed_phishing, benign, brands_own, takedown_requested, taken_down, gone")]
    [InlineData("--organisation", "nobody", "vigie: --organisation: no organisation 'nobody' (known: en-marche)")]
    [InlineData("--format", "misp", "vigie: --format misp writes a feed folder: give --output DIR")]
    public async Task Export_BadOption_OneLineAndExitCode2(string option, string value, string message)
    {
        var arguments = option == "--format" ? new[] { "export", option, value, "--db", Db } : ["export", "--format", "csv", option, value, "--db", Db];

        var (code, stdout, stderr) = await VigieAppTests.RunAsync(arguments);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Equal(message + "\n", stderr.ReplaceLineEndings("\n"));
    }
}
