using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// The NRD lists and zone files of `vigie serve` as a real process (issue 11, "Reliability"): a list whose server
/// answers 500 shows its error and is retried on its own while the other list and the zone file are read; a process
/// killed in the middle of a list resumes it at the line it stored.
/// </summary>
public sealed class ServeListProcessTests
{
    [Fact]
    public async Task Serve_OneNrdListAnswers500_ItsErrorStoredWhileTheOtherSourcesAreRead()
    {
        await using var lab = await ServeLab.StartAsync(logs: 0, lookalikes: 0, benignPerLookalike: 0);
        var (server, address) = await LoopbackWebHost.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        await using var failing = server;
        var list = lab.Folder.File("nrd.txt");
        await File.WriteAllLinesAsync(list, ["bakery-lyon.fr", "login-en-marche.fr", "garden-tools.com"]);
        var zone = lab.Folder.File("fr.zone");
        await File.WriteAllTextAsync(zone, "fr.\t3600\tin\tsoa\tnsmaster.nic.fr. hostmaster.nic.fr. 1 3600 1800 3600000 600\n");
        lab.WriteConfig($"""
            nrd:
              lists: [{address}nrd.txt, {list}]
              schedule: "* * * * * *"
              max_backoff: 1
            zones:
              files: {zone}
              schedule: "* * * * * *"
            """);

        using var serve = lab.StartServe();
        await Poll.UntilAsync(() => Status().Count(s => s.Error is not null) == 1 && Status().Any(s => s.Kind == "zone"), TimeSpan.FromSeconds(60));
        await File.AppendAllTextAsync(zone, "onedrive-en-marche.fr.\t3600\tin\tns\tns1.lab.test.\n");
        await Poll.UntilAsync(() => Status().Single(s => s.Kind == "zone").Position == 1, TimeSpan.FromSeconds(60));
        ServeLab.Kill(serve, "TERM");
        await serve.WaitForExitAsync();

        Assert.Equal(0, serve.ExitCode);
        var broken = Assert.Single(Status(), s => s.Error is not null);
        Assert.Equal(($"nrd:{address}nrd.txt", 0L), (broken.Id, broken.Position));
        Assert.Contains("HTTP 500", broken.Error, StringComparison.Ordinal);
        var read = Assert.Single(Status(), s => s.Id == "nrd:" + list);
        Assert.Equal((3L, 3L), (read.Position, read.Size));
        Assert.Equal(
            [("nrd", list + ":2", "login-en-marche.fr"), ("zone", zone, "onedrive-en-marche.fr")],
            lab.Query("""
                SELECT DISTINCT s.kind, s.detail, f.name FROM finding_sources s JOIN findings f ON f.id = s.finding_id
                JOIN organisations o ON o.id = f.organisation_id WHERE o.slug = 'en-marche' ORDER BY s.kind
                """, r => (r.GetString(0), r.GetString(1), r.GetString(2))));

        List<(string Id, string Kind, long Position, long Size, string? Error)> Status() =>
            lab.Query("SELECT source_id, kind, position, size, last_error FROM source_status ORDER BY source_id",
                r => (r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetString(4)));
    }

    [Fact]
    public async Task Serve_KilledInTheMiddleOfAList_ResumesAtTheStoredLineEachFindingStoredOnce()
    {
        const int Lines = 600_000;
        const int Every = Lines / 100;
        await using var lab = await ServeLab.StartAsync(logs: 0, lookalikes: 0, benignPerLookalike: 0);
        var list = lab.Folder.File("nrd.txt");
        // 100 lookalikes of en-marche.fr spread among benign names, one every 6,000 lines.
        var lookalikes = ServeLab.LookalikeNames(100).Select((name, i) => (Name: name, Line: (long)(i + 1) * Every)).ToList();
        await File.WriteAllLinesAsync(list, Enumerable.Range(1, Lines).Select(line => line % Every == 0
            ? lookalikes[(line / Every) - 1].Name
            : string.Create(CultureInfo.InvariantCulture, $"bakery{line}.example.org")));
        lab.WriteConfig($"""
            nrd:
              lists: [{list}]
              schedule: "0 0 1 1 *"
            """);

        using (var serve = lab.StartServe())
        {
            await Poll.UntilAsync(() => Position() >= Lines / 4, TimeSpan.FromSeconds(180));
            ServeLab.Kill(serve);
            await serve.WaitForExitAsync();
        }

        var stored = Position();
        Assert.InRange(stored, 1, Lines - 1);
        Assert.Empty(lab.Query("SELECT source_id FROM source_rounds WHERE finished_at IS NOT NULL", r => r.GetString(0)));
        using (var serve = lab.StartServe())
        {
            await Poll.UntilAsync(() => lab.Query("SELECT COUNT(*) FROM source_rounds WHERE finished_at IS NOT NULL", r => r.GetInt64(0))[0] == 1, TimeSpan.FromSeconds(180));
            ServeLab.Kill(serve, "TERM");
            await serve.WaitForExitAsync();
            Assert.Equal(0, serve.ExitCode);
        }

        // Each lookalike once in each organisation, with its line; those stored before the kill were not read again
        // (a finding reported again moves its last_seen).
        Assert.Equal(Lines, Position());
        var found = lab.Query("""
            SELECT o.slug, f.name, s.detail, f.first_seen = f.last_seen FROM finding_sources s JOIN findings f ON f.id = s.finding_id
            JOIN organisations o ON o.id = f.organisation_id WHERE s.kind = 'nrd'
            """, r => (Organisation: r.GetString(0), Name: r.GetString(1), Detail: r.GetString(2), Once: r.GetBoolean(3)));
        foreach (var organisation in new[] { "cert-fr", "en-marche" })
        {
            Assert.Equal(
                lookalikes.Select(l => (l.Name, string.Create(CultureInfo.InvariantCulture, $"{list}:{l.Line}"))).Order(),
                found.Where(f => f.Organisation == organisation).Select(f => (f.Name, f.Detail)).Order());
        }

        Assert.All(found.Where(f => lookalikes.Single(l => l.Name == f.Name).Line <= stored), f => Assert.True(f.Once, f.Name));

        long Position() => lab.Query("SELECT position FROM source_status WHERE kind = 'nrd'", r => r.GetInt64(0)).FirstOrDefault();
    }
}
