using System.Globalization;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Cli.Tests.Serve;

/// <summary>
/// The pipeline of `vigie serve` as a real process (issue 11, "Reliability"): killed with SIGKILL in the middle of its
/// work and started again, it stores every finding once and resumes every position; a failing source never holds up
/// the others.
/// </summary>
public sealed class ServePipelineProcessTests
{
    [Fact]
    public async Task Serve_KilledTwiceDuringCtIngestion_EveryFindingOnceAndPositionResumed()
    {
        await using var lab = await ServeLab.StartAsync(logs: 1, lookalikes: 100, benignPerLookalike: 12);
        var log = lab.Logs[0];
        log.MaxEntriesPerAnswer = 16;
        log.AnswerDelay = TimeSpan.FromMilliseconds(30);
        lab.WriteConfig(log);

        long? saved = null;
        foreach (var killAfter in new[] { 10, 80 })
        {
            using var serve = lab.StartServe();
            await AssertResumedAtAsync(log, saved);
            await Poll.UntilAsync(() => lab.StoredCtSources().Count >= killAfter, TimeSpan.FromSeconds(90));
            ServeLab.Kill(serve);
            await serve.WaitForExitAsync();
            saved = Assert.Single(lab.CtStatus()).Position;
            Assert.True(saved < log.Size, "the log was read to its end before the process could be killed");
            log.Requests.Clear();
        }

        using (var last = lab.StartServe())
        {
            await AssertResumedAtAsync(log, saved);
            await Poll.UntilAsync(() => lab.CtStatus() is [var row] && row.Position == log.Size, TimeSpan.FromSeconds(120));
            ServeLab.Kill(last, "TERM");
            await last.WaitForExitAsync();
            Assert.Equal(0, last.ExitCode);
        }

        var logId = Assert.Single(lab.CtStatus()).Id["ct:".Length..];
        var expected = lab.Lookalikes.SelectMany(l => new[] { "cert-fr", "en-marche" }.Select(o => (o, l.Name, string.Create(CultureInfo.InvariantCulture, $"{logId}#{l.Index}"))));
        Assert.Equal(expected.Order(), lab.StoredCtSources().Order());
        Assert.Equal(lab.Lookalikes.Count * 2, lab.CountFindings());
    }

    [Fact]
    public async Task Serve_OneLogAnswers500_ItsErrorStoredWhileTheOtherLogIsReadToItsEnd()
    {
        await using var lab = await ServeLab.StartAsync(logs: 2, lookalikes: 20, benignPerLookalike: 5);
        var (failing, healthy) = (lab.Logs[0], lab.Logs[1]);
        failing.Fail("get-sth", [.. Enumerable.Repeat(LocalFault.ServerError, 100_000)]);
        lab.WriteConfig(failing, healthy);

        using var serve = lab.StartServe();
        await Poll.UntilAsync(
            () => lab.CtStatus() is { Count: 2 } rows && rows.Any(r => r.Error is not null) && rows.Any(r => r.Error is null && r.Position == healthy.Size),
            TimeSpan.FromSeconds(90));
        ServeLab.Kill(serve, "TERM");
        await serve.WaitForExitAsync();

        var broken = Assert.Single(lab.CtStatus(), r => r.Error is not null);
        Assert.Contains("500", broken.Error, StringComparison.Ordinal);
        Assert.Equal(0, broken.Position);
        Assert.Equal(lab.Lookalikes.Count(l => l.Log == healthy) * 2, lab.StoredCtSources().Count);
    }

    /// <summary>A restarted process asks for the entries from the stored position on, not from the start.</summary>
    private static async Task AssertResumedAtAsync(LocalCtLog log, long? saved)
    {
        if (saved is not null)
        {
            await Poll.UntilAsync(() => FirstEntriesRequest(log) is not null, TimeSpan.FromSeconds(60));
            Assert.Equal(saved, FirstEntriesRequest(log));
        }
    }

    /// <summary>The start index of the first get-entries request the log served, or null.</summary>
    private static long? FirstEntriesRequest(LocalCtLog log)
    {
        List<string> requests;
        try
        {
            requests = [.. log.Requests];
        }
        catch (InvalidOperationException)
        {
            return null; // the log added a request while this copied the list: asked again on the next poll
        }

        var request = requests.FirstOrDefault(r => r.StartsWith("ct/v1/get-entries", StringComparison.Ordinal));
        return request is null ? null : long.Parse(request.Split("start=")[1].Split('&')[0], CultureInfo.InvariantCulture);
    }
}
