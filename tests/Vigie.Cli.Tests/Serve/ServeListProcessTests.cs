using Microsoft.AspNetCore.Http;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// The NRD lists and zone files of `vigie serve` as a real process (issue 11, "Reliability"): a list whose server
/// answers 500 shows its error and is retried on its own while the other list and the zone file are read.
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
}
