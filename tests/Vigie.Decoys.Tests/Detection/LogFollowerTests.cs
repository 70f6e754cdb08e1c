using System.Text;
using Vigie.Decoys.Detection;
using Vigie.Storage.Decoys;
using Vigie.TestSupport;

namespace Vigie.Decoys.Tests.Detection;

public sealed class LogFollowerTests
{
    private static readonly DecoyIndex Index = new([new Decoy(1, 7, "claire.petit@en-marche.fr", "h", DateTimeOffset.UnixEpoch, "http://kit/", null, null, 0)]);

    private static string Line(string user, string id) =>
        $$"""{"userPrincipalName":"{{user}}","createdDateTime":"2026-12-01T10:00:00Z","ipAddress":"203.0.113.9","status":{"errorCode":50126},"id":"{{id}}"}""" + "\n";

    [Fact]
    public void ReadAvailable_RecordTornAcrossWrites_FoundOnceWhole()
    {
        using var folder = new TempFolder();
        var path = folder.File("signins.json");
        File.WriteAllText(path, Line("someone@en-marche.fr", "a"));
        using var follower = new LogFollower(path, () => SignInParsers.Create(LogFormat.Entra, null, null, TimeProvider.System), "entra:" + path);
        var hit = Line("Claire.Petit@en-marche.fr", "b");

        var before = follower.ReadAvailable(Index);
        File.AppendAllText(path, hit[..40]);
        var torn = follower.ReadAvailable(Index);
        File.AppendAllText(path, hit[40..]);
        var whole = follower.ReadAvailable(Index);

        Assert.Empty(before);
        Assert.Empty(torn);
        var use = Assert.Single(whole);
        Assert.Equal(("b", 1L, "failure: 50126"), (use.EventKey, use.Decoy.Id, use.Event.Outcome));
    }

    [Fact]
    public void ReadAvailable_RenamedAndRecreated_RestOfOldFileThenNewFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("auth.log");
        File.WriteAllText(path, "Dec  1 10:00:00 mx sshd[1]: Accepted password for bob from 192.0.2.1 port 22 ssh2\n");
        using var follower = new LogFollower(path, () => SignInParsers.Create(LogFormat.Syslog, null, null, TimeProvider.System), "syslog:" + path);
        Assert.Empty(follower.ReadAvailable(Index));

        File.AppendAllText(path, "Dec  1 10:00:01 mx sshd[2]: Failed password for invalid user claire.petit from 198.51.100.1 port 4 ssh2\n");
        File.Move(path, path + ".1");
        File.WriteAllText(path, "Dec  1 10:00:02 mx sshd[3]: Failed password for invalid user claire.petit from 198.51.100.2 port 5 ssh2\n");
        var uses = follower.ReadAvailable(Index);

        Assert.Equal(["198.51.100.1", "198.51.100.2"], uses.Select(u => u.Event.SourceAddress));
    }

    [Fact]
    public void ReadAvailable_CopyTruncated_ReadsTheFileAgainFromItsStart()
    {
        using var folder = new TempFolder();
        var path = folder.File("okta.jsonl");
        var okta = """{"eventType":"user.session.start","actor":{"alternateId":"claire.petit@en-marche.fr"},"client":{"ipAddress":"IP"},"outcome":{"result":"FAILURE","reason":"INVALID_CREDENTIALS"},"published":"2026-12-01T10:00:00Z","uuid":"U"}""";
        File.WriteAllText(path, okta.Replace("IP", "192.0.2.10", StringComparison.Ordinal).Replace("\"U\"", "\"u1\"", StringComparison.Ordinal) + "\n" + new string(' ', 300) + "\n");
        using var follower = new LogFollower(path, () => SignInParsers.Create(LogFormat.Okta, null, null, TimeProvider.System), "okta:" + path);
        Assert.Single(follower.ReadAvailable(Index));

        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(okta.Replace("IP", "192.0.2.11", StringComparison.Ordinal).Replace("\"U\"", "\"u2\"", StringComparison.Ordinal) + "\n"));
        var uses = follower.ReadAvailable(Index);

        Assert.Equal(("192.0.2.11", "failure: INVALID_CREDENTIALS"), (Assert.Single(uses).Event.SourceAddress, uses[0].Event.Outcome));
    }
}
