using MimeKit;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;
using Vigie.TestSupport.Smtp;

namespace Vigie.Cli.Tests.Digest;

/// <summary>`vigie digest` over a store of two weeks of findings, previewed to a file and sent through a real SMTP server (python3-aiosmtpd).</summary>
public sealed class DigestCommandTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private SmtpTestServer smtp = null!;

    private string Config => folder.File("vigie.yaml");

    public async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartAsync();
        smtp.RejectRecipient("carol@en-marche.fr", "550 5.1.1 no such user");
        await File.WriteAllTextAsync(Config, $"""
            db: {folder.File("vigie.db")}
            evidence: {folder.File("evidence")}
            smtp:
              host: 127.0.0.1
              port: {smtp.Port}
              security: none
              from: "Vigie <vigie@en-marche.fr>"
              attempts: 1
            digest:
              states: [new]
              organisations:
                en-marche:
                  to: [team@en-marche.fr]
            """);
        await using var database = VigieDatabase.Open(folder.File("vigie.db"));
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var store = new FindingsStore(database, TimeProvider.System);
        var organisation = await store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        await store.Organisations.CreateAsync(new OrganisationDraft("other", "Other", "UTC", "domains:\n  - other.example\n"), CancellationToken.None);
        var week47 = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        await store.Findings.RecordAsync(
        [
            new(organisation.Id, "en-marhce.fr", "en-marche.fr", ["transposition"], 80, "swap", SourceKind.Sweep, "sweep", week47, true),
            new(organisation.Id, "onedrive-en-marche.fr", "en-marche.fr", ["dot-to-hyphen"], 95, "hyphen", SourceKind.Ct, "ct", week47.AddDays(5), true),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Digest_PreviewOfAWeekInFrench_WritesTheHtmlAndOneLine()
    {
        var preview = folder.File("digest.html");

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("digest", "--config", Config, "--organisation", "En Marche", "--week", "2026-W47", "--lang", "fr", "--preview", preview);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Matches(@"^en-marche: 1 finding\(s\) from 2026-11-16 to 2026-11-22, 0 with pictures, \d+ KiB \(fr\); preview in .*digest\.html\n$", stdout.ReplaceLineEndings("\n"));
        var html = await File.ReadAllTextAsync(preview);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Deux lettres voisines de en-marche.fr ont été inversées.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("onedrive", html, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages());
    }

    [Fact]
    public async Task Digest_SendAWeek_OneMessageToEachConfiguredRecipient()
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("digest", "--config", Config, "--week", "2026-W47", "--send");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.EndsWith("(en); 1 of 1 delivered\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var message = MimeMessage.Load(new MemoryStream(Assert.Single(smtp.Messages()).Data));
        Assert.Equal("team@en-marche.fr", message.To.Mailboxes.Single().Address);
        Assert.StartsWith("En Marche: fake addresses found from November 16 to November 22", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_SinceUntilToSeveralOneRefused_OthersDeliveredOneLineAndExitCode3()
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("digest", "--config", Config, "--organisation", "en-marche", "--since", "2026-11-16", "--until", "2026-11-30",
            "--send", "--to", "alice@en-marche.fr", "carol@en-marche.fr", "--to", "bob@en-marche.fr");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("en-marche: 2 finding(s) from 2026-11-16 to 2026-11-30", stdout, StringComparison.Ordinal);
        Assert.Equal("vigie: en-marche: 2 of 3 delivered; not delivered: carol@en-marche.fr (550 5.1.1 no such user, 1 attempt)\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal(["alice@en-marche.fr", "bob@en-marche.fr"], smtp.Messages().Select(m => m.Recipients.Single()));
        Assert.All(smtp.Messages(), m => Assert.Contains("onedrive-en-marche[.]fr", MimeMessage.Load(new MemoryStream(m.Data)).TextBody, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--organisation nobody", "vigie: --organisation: no organisation 'nobody' (known: en-marche, other)")]
    [InlineData("--organisation en-marche --week 2026-W60", "vigie: --week: '2026-W60' is not an ISO week such as 2026-W48")]
    [InlineData("--organisation en-marche --week 2026-W47 --since 2026-11-16", "vigie: --week and --since: give one or the other")]
    [InlineData("--organisation en-marche --since 16/11/2026", "vigie: --since: '16/11/2026' is not a date (yyyy-mm-dd)")]
    [InlineData("--organisation en-marche --lang de", "vigie: --lang: 'de' is not one of en, fr")]
    [InlineData("--organisation en-marche --send --to nobody", "vigie: --to: 'nobody' is not an e-mail address")]
    [InlineData("--organisation other --send", "vigie: --send: no recipient for other: give --to, or digest: organisations: other: to: in the configuration")]
    public async Task Digest_BadArgument_OneLineAndExitCode2(string arguments, string message)
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync(["digest", "--config", Config, .. arguments.Split(' ')]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Equal(message + "\n", stderr.ReplaceLineEndings("\n"));
        Assert.Empty(smtp.Messages());
    }
}
