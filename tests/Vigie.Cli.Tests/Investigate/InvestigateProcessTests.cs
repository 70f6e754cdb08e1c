using Vigie.Cli.Tests.Serve;
using Vigie.Cli.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Investigate;

/// <summary>`vigie investigate` as a real process, killed with SIGKILL while its browser renders the suspect's page.</summary>
[Collection(InvestigationLabCollection.Name)]
public sealed class InvestigateProcessTests
{
    [Fact]
    public async Task Investigate_KilledWhileItsBrowserRuns_TheBrowserExitsAndItsProfileIsDeleted()
    {
        await using var lab = await InvestigationLab.StartAsync(findings: 1);
        var temp = Directory.CreateDirectory(lab.Folder.File("tmp")).FullName;

        using var investigate = ServeLab.StartVigie(temp, "investigate", lab.Names[0], "--watch", "en-marche.fr", "--genuine", "http://genuine.lab.test/login",
            "--nameserver", lab.Dns.EndPoint.ToString(), "--allow-loopback", "--evidence", lab.Folder.File("evidence"), "--db", lab.Database);
        await Poll.UntilAsync(() => BrowserProcesses.Profiles(temp).Count > 0 && BrowserProcesses.Under(temp).Count > 0, TimeSpan.FromSeconds(120));
        ServeLab.Kill(investigate);
        await investigate.WaitForExitAsync();

        await Poll.UntilAsync(() => BrowserProcesses.Profiles(temp).Count == 0 && BrowserProcesses.Under(temp).Count == 0, TimeSpan.FromSeconds(60));
    }
}
