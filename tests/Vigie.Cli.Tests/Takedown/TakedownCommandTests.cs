using MimeKit;
using Vigie.Cli.Tests.Support;
using Vigie.Enrichment.Tests.Rdap;
using Vigie.Exports.Tests.Support;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.TestSupport;
using Vigie.TestSupport.Smtp;
using Vigie.TestSupport.Storage;

namespace Vigie.Cli.Tests.Takedown;

/// <summary>
/// `vigie takedown DOMAIN` as a user runs it (the vigie executable hands it to vigie-serve): a lab finding, local RDAP
/// servers for its domain and addresses, and a real SMTP server (aiosmtpd) for --send.
/// </summary>
public sealed class TakedownCommandTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private OrganisationStore store = null!;
    private RdapLabServer domains = null!;
    private RdapIpLabServer networks = null!;
    private long finding;

    private string Database => Path.Combine(store.Folder, "vigie.db");

    public async Task InitializeAsync()
    {
        store = await OrganisationStore.OpenAsync();
        domains = await RdapLabServer.StartAsync();
        networks = await RdapIpLabServer.StartAsync();
        Directory.CreateDirectory(folder.File("rdap"));
        await File.WriteAllTextAsync(folder.File("rdap/dns.json"), domains.Bootstrap);
        await File.WriteAllTextAsync(folder.File("rdap/ipv4.json"), networks.Bootstrap);
        await File.WriteAllTextAsync(folder.File("rdap/ipv6.json"), networks.Bootstrap);
        var now = DateTimeOffset.UtcNow;
        finding = (await store.Store.Findings.RecordAsync(
            [new FindingReport(store.Organisation.Id, "en-rnarche.fr", "en-marche.fr", ["homoglyph"], 92, "the m of en-marche.fr was replaced by rn", SourceKind.Sweep, "vigie scan", now, true)],
            CancellationToken.None))[0].FindingId;
        await store.Store.Observations.AddAsync(finding, new ObservationDraft(ObservationKind.Dns, now, "registered",
            """{"status":"registered","records":{"A":["192.0.2.10"],"AAAA":["2001:db8::10"]}}""", []), CancellationToken.None);
        var evidence = new EvidenceStore(folder.File("evidence"), TimeProvider.System);
        var screenshot = await evidence.PutAsync("screenshot", "image/png", [0x89, .. "PNG\r\n\u001a\nlab"u8], "https://en-rnarche.fr/", CancellationToken.None);
        await evidence.SaveManifestAsync(new EvidenceManifest("en-rnarche.fr", now, new Dictionary<string, string> { ["verdict"] = "phishing" }, [screenshot]), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await networks.DisposeAsync();
        await domains.DisposeAsync();
        await store.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Takedown_SendWithLocalRdapAndSmtp_DraftWrittenEachAbuseContactMailedAndRecordedAsSent()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await File.WriteAllTextAsync(folder.File("vigie.yaml"), $"smtp:\n  host: 127.0.0.1\n  port: {smtp.Port}\n  security: none\n  from: vigie@en-marche.fr\n  attempts: 1\n");

        var (code, stdout, stderr) = await VigieProcess.RunAsync(null, ["takedown", "en-rnarche.fr", .. Common(), "--lang", "fr", "--send", "--config", folder.File("vigie.yaml")]);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Matches(@"^.*/out/en-rnarche\.fr-takedown-\d{8}T\d{6}Z\.eml: to abuse@registrar\.test \(registrar\), abuse@hosting\.test \(hosting\), abuse@cloud\.test \(hosting\)\n$", stdout);
        Assert.Contains("vigie: sent: 3 of 3 delivered", stderr, StringComparison.Ordinal);
        var draft = await MimeMessage.LoadAsync(Directory.GetFiles(folder.File("out"), "*.eml").Single());
        Assert.StartsWith("Signalement d'abus", draft.Subject, StringComparison.Ordinal);
        Assert.Equal("en-rnarche.fr-evidence.zip", Assert.Single(draft.Attachments.OfType<MimePart>()).FileName);
        Assert.Equal(["abuse@cloud.test", "abuse@hosting.test", "abuse@registrar.test"], smtp.Messages().SelectMany(m => m.Recipients).Order(StringComparer.Ordinal));
        var request = Assert.Single(await store.Store.Takedowns.ListAsync(finding, CancellationToken.None));
        Assert.Equal((true, "fr"), (request.Sent, request.Language));
        Assert.Equal(TriageState.TakedownRequested, (await store.Store.Findings.GetAsync(finding, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Takedown_WithoutSend_DraftOnlyRecordedAsDrafted()
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync(["takedown", "EN-RNARCHE.FR.", .. Common()]);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("abuse@registrar.test (registrar)", stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder.File("out"), "*.eml"));
        Assert.False(Assert.Single(await store.Store.Takedowns.ListAsync(finding, CancellationToken.None)).Sent);
    }

    [Theory]
    [InlineData("vigie: 'nope.fr' is not a finding", "nope.fr")]
    [InlineData("vigie: --organisation: no organisation 'other'", "en-rnarche.fr", "--organisation", "other")]
    [InlineData("vigie: --lang: 'de' is not one of", "en-rnarche.fr", "--lang", "de")]
    [InlineData("vigie: --from: 'not an address' is not an e-mail address", "en-rnarche.fr", "--from", "not an address")]
    [InlineData("vigie: --follow-up: 0 is not a number of days from 1 to 365", "en-rnarche.fr", "--follow-up", "0")]
    [InlineData("vigie: --send needs --config FILE", "en-rnarche.fr", "--send")]
    public async Task Takedown_BadInput_OneLineExit2AndNothingRecorded(string error, params string[] args)
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync(["takedown", .. args, .. Common()]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.StartsWith(error, Assert.Single(stderr.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")) && Directory.EnumerateFiles(folder.File("out")).Any());
        Assert.Empty(await store.Store.Takedowns.ListAsync(finding, CancellationToken.None));
    }

    [Fact]
    public async Task Takedown_SendConfigWithoutSmtp_OneLineExit2()
    {
        await File.WriteAllTextAsync(folder.File("vigie.yaml"), "listen: [http://127.0.0.1:8080]\n");

        var (code, _, stderr) = await VigieAppTests.RunAsync(["takedown", "en-rnarche.fr", .. Common(), "--send", "--config", folder.File("vigie.yaml")]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("vigie: --send: vigie.yaml has no smtp: section", stderr, StringComparison.Ordinal);
    }

    private string[] Common() => ["--db", Database, "--evidence", folder.File("evidence"), "--rdap-folder", folder.File("rdap"), "--output", folder.File("out")];
}
