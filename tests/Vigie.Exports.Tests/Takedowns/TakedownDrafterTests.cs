using System.IO.Compression;
using System.Text;
using MimeKit;
using Vigie.Enrichment.Rdap;
using Vigie.Enrichment.Tests.Rdap;
using Vigie.Exports.Takedowns;
using Vigie.Exports.Tests.Support;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Mail;
using Vigie.TestSupport;
using Vigie.TestSupport.Smtp;

namespace Vigie.Exports.Tests.Takedowns;

public sealed class TakedownDrafterTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly HttpRdapTransport transport = new(TimeSpan.FromSeconds(5));
    private ExportLab lab = null!;
    private RdapLabServer domains = null!;
    private RdapIpLabServer networks = null!;
    private EvidenceStore evidence = null!;
    private EvidenceItem screenshot = null!;

    public async Task InitializeAsync()
    {
        lab = await ExportLab.OpenAsync();
        domains = await RdapLabServer.StartAsync();
        networks = await RdapIpLabServer.StartAsync();
        evidence = new EvidenceStore(folder.File("evidence"), lab.Clock);
        screenshot = await evidence.PutAsync("screenshot", "image/png", [0x89, .. "PNG\r\n\u001a\nlab"u8], "https://login.en-rnarche.fr/signin", CancellationToken.None);
        var headers = await evidence.PutAsync("headers", "text/plain", "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html\r\n"u8.ToArray(), "https://login.en-rnarche.fr/signin", CancellationToken.None);
        await evidence.SaveManifestAsync(new EvidenceManifest("en-rnarche.fr", ExportLab.Start.AddMinutes(6), new Dictionary<string, string> { ["verdict"] = "phishing" }, [screenshot, headers]), CancellationToken.None);
        var id = await lab.IdOfAsync("en-rnarche.fr");
        await lab.Store.Observations.AddAsync(id, new ObservationDraft(ObservationKind.Screenshot, ExportLab.Start.AddMinutes(7), "screenshot", "{}", [screenshot]), CancellationToken.None);
        await lab.Store.Observations.AddAsync(id, new ObservationDraft(ObservationKind.Http, ExportLab.Start.AddMinutes(8), "200 https://login.en-rnarche.fr/signin",
            """{"requested_url":"http://en-rnarche.fr/","final_url":"https://login.en-rnarche.fr/signin","status":200,"redirects":[]}""", [headers]), CancellationToken.None);
        await lab.Store.Observations.AddAsync(id, new ObservationDraft(ObservationKind.Verdict, ExportLab.Start.AddMinutes(9), "phishing, risk 95",
            """{"verdict":"phishing","score":95,"reasons":["a copy of the genuine sign-in page"],"copy_of":"https://en-marche.fr/login","similarity":97}""", [],
            new FindingVerdict("phishing", 95)), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        transport.Dispose();
        await networks.DisposeAsync();
        await domains.DisposeAsync();
        await lab.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task DraftAsync_LabFindingWithLocalRdap_AddressedToRegistrarAndHostingAbuseWithTheEvidenceZip()
    {
        var draft = await DraftAsync("en");

        Assert.Equal(["abuse@registrar.test", "abuse@hosting.test", "abuse@cloud.test"], draft.Message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["registrar", "hosting", "hosting"], draft.Contacts.Select(c => c.Role));
        Assert.Empty(draft.Problems);
        var zip = draft.Message.Attachments.OfType<MimePart>().Single();
        Assert.Equal("en-rnarche.fr-evidence.zip", zip.FileName);
        using var content = new MemoryStream();
        await zip.Content!.DecodeToAsync(content);
        using var archive = new ZipArchive(new MemoryStream(content.ToArray()));
        Assert.Contains($"objects/{screenshot.Sha256}.png", archive.Entries.Select(e => e.FullName));
        Assert.Contains("SHA256SUMS.txt", archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task DraftAsync_English_BodySummarisesTheEvidence()
    {
        var draft = await DraftAsync("en");
        var body = draft.Message.TextBody;

        Assert.Equal("Abuse report: phishing domain en-rnarche[.]fr imitating en-marche.fr", draft.Message.Subject);
        Assert.Contains("We report the domain en-rnarche[.]fr, which imitates en-marche.fr, a domain of En Marche", body, StringComparison.Ordinal);
        Assert.Contains("Web address: hxxps://login[.]en-rnarche[.]fr/signin", body, StringComparison.Ordinal);
        Assert.Contains("Addresses: 192.0.2.10, 2001:db8::10", body, StringComparison.Ordinal);
        Assert.Contains("Copies the genuine page: https://en-marche.fr/login (97%)", body, StringComparison.Ordinal);
        Assert.Contains("Assessment: phishing (95/100): a copy of the genuine sign-in page", body, StringComparison.Ordinal);
        Assert.Contains($"Screenshot SHA-256: {screenshot.Sha256}", body, StringComparison.Ordinal);
        Assert.Contains("  2026-11-20 09:05:00  dns  registered", body, StringComparison.Ordinal);
        Assert.Contains("  Server: nginx", body, StringComparison.Ordinal);
        Assert.Contains("Attached: en-rnarche.fr-evidence.zip", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftAsync_French_SubjectAndBodyInFrench()
    {
        var draft = await DraftAsync("fr");

        Assert.Equal("Signalement d'abus : domaine d'hameçonnage en-rnarche[.]fr imitant en-marche.fr", draft.Message.Subject);
        Assert.Contains("Chronologie (UTC):", draft.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Copie la page authentique: https://en-marche.fr/login (97%)", draft.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAsync_Drafted_StateTakedownRequestedNamingTheRecipientsAndAFollowUpDue()
    {
        var drafter = Drafter();
        var draft = await DraftAsync("en", drafter);
        lab.Clock.Set(ExportLab.Start.AddDays(2));

        await drafter.RecordAsync(draft, sent: false, new Actor("alice"), TimeSpan.FromDays(7), CancellationToken.None);

        var id = await lab.IdOfAsync("en-rnarche.fr");
        Assert.Equal(TriageState.TakedownRequested, (await lab.Store.Findings.GetAsync(id, CancellationToken.None))!.State);
        Assert.Equal("abuse report drafted to abuse@registrar.test, abuse@hosting.test, abuse@cloud.test", (await lab.Store.Triage.HistoryAsync(id, CancellationToken.None))[^1].Comment);
        var request = Assert.Single(await lab.Store.Takedowns.ListAsync(id, CancellationToken.None));
        Assert.Equal(ExportLab.Start.AddDays(9), request.FollowUpAt);
        Assert.Empty(await lab.Store.Takedowns.DueAsync(ExportLab.Start.AddDays(8), CancellationToken.None));
        Assert.Equal([id], (await lab.Store.Takedowns.DueAsync(ExportLab.Start.AddDays(9), CancellationToken.None)).Select(r => r.FindingId));

        var followUp = await DraftAsync("en", drafter);
        Assert.Equal("Follow-up: phishing domain en-rnarche[.]fr imitating en-marche.fr is still active", followUp.Message.Subject);
        Assert.Contains("We reported this domain on 2026-11-22", followUp.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RealSmtpServerRefusingOneContact_EachAcceptedContactGetsItsOwnCopyAndOnlyThoseAreRecorded()
    {
        await using var server = await SmtpTestServer.StartAsync();
        server.RejectRecipient("abuse@cloud.test", "550 5.1.1 no such mailbox");
        var sender = new SmtpMailSender(new SmtpSettings("127.0.0.1", server.Port, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@en-marche.fr"))
        {
            FirstBackoff = TimeSpan.FromMilliseconds(50),
            Timeout = TimeSpan.FromSeconds(10),
        }, TimeProvider.System);
        var drafter = Drafter();

        var report = await drafter.SendAsync(await DraftAsync("en", drafter), sender, new Actor("alice"), TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Equal(2, report.Delivered);
        var received = server.Messages();
        Assert.Equal([["abuse@registrar.test"], ["abuse@hosting.test"]], received.Select(m => m.Recipients));
        var message = await MimeMessage.LoadAsync(new MemoryStream(received[1].Data));
        Assert.Equal(["abuse@hosting.test"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Null(message.Headers["X-Unsent"]);
        Assert.Equal("en-rnarche.fr-evidence.zip", message.Attachments.OfType<MimePart>().Single().FileName);
        var request = Assert.Single(await lab.Store.Takedowns.ListAsync(await lab.IdOfAsync("en-rnarche.fr"), CancellationToken.None));
        Assert.True(request.Sent);
        Assert.Equal(["abuse@registrar.test", "abuse@hosting.test"], request.Recipients);
    }

    [Fact]
    public async Task WriteToAsync_Draft_AnEmlThatMimeKitReadsBack()
    {
        var draft = await DraftAsync("en");
        var path = folder.File("draft.eml");

        await draft.Message.WriteToAsync(path);
        var read = await MimeMessage.LoadAsync(path);

        Assert.Equal("1", read.Headers["X-Unsent"]);
        Assert.Equal(draft.Message.Subject, read.Subject);
        Assert.Single(read.Attachments);
        Assert.Contains("en-rnarche[.]fr", Encoding.UTF8.GetString(File.ReadAllBytes(path)), StringComparison.Ordinal);
    }

    private TakedownDrafter Drafter() => new(lab.Store, evidence, new AbuseContactFinder(
        new RegistrationLookup(RdapBootstrap.Parse(Encoding.UTF8.GetBytes(domains.Bootstrap)), transport, new NoWhois(), null),
        new IpNetworkLookup(RdapIpBootstrap.Parse([Encoding.UTF8.GetBytes(networks.Bootstrap)]), transport)), lab.Clock);

    private async Task<TakedownDraft> DraftAsync(string language, TakedownDrafter? drafter = null)
    {
        var finding = (await lab.Store.Findings.FindAsync(lab.EnMarche.Id, "en-rnarche.fr", CancellationToken.None))!;
        return await (drafter ?? Drafter()).DraftAsync(finding, lab.EnMarche, language, new MailboxAddress("En Marche security", "security@en-marche.fr"), CancellationToken.None);
    }
}
