using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Cli.Tests.Ct;

public sealed class CtDumpCommandTests
{
    /// <summary>Every EXPECTED file under tests/data/ct with the files it describes.</summary>
    public static TheoryData<string> ExpectedFiles() =>
        new(Directory.GetFiles(SharedData.Path("ct"), "EXPECTED*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("EXPECTED_tree_hashes.json", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(SharedData.Path("ct"), f)));

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public async Task Dump_EveryFixture_AgreesWithExpected(string expectedFile)
    {
        var folder = Path.GetDirectoryName(Path.Combine(SharedData.Path("ct"), expectedFile))!;
        var inputs = Directory.Exists(Path.Combine(folder, "tile", "data"))
            ? Directory.GetFiles(Path.Combine(folder, "tile", "data")).Order(StringComparer.Ordinal).ToArray()
            : Directory.GetFiles(folder, "get-entries-*.json");
        Assert.NotEmpty(inputs);

        var lines = new List<string>();
        foreach (var input in inputs)
        {
            var (code, stdout, stderr) = await VigieAppTests.RunAsync("ct", "dump", input, "--leaf-hash");
            Assert.True(code == ExitCodes.Success, stderr);
            lines.AddRange(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        var expected = ExpectedCtEntry.Load(Path.Combine(SharedData.Path("ct"), expectedFile))
            .Select(e => $"{e.Index}\t{e.TimestampMs}\t{string.Join(',', e.Names)}\t{e.LeafHashHex}")
            .ToList();
        Assert.Equal(expected, lines.Take(expected.Count));
    }

    [Fact]
    public async Task Dump_PartialTile_IndicesFromPath()
    {
        var (code, stdout, _) = await VigieAppTests.RunAsync("ct", "dump", SharedData.Path("ct/static-ct-navigli2025h2/tile/data/003.p/10"));

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.StartsWith("768\t", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_NamesTile_SameLinesAsDataTileWithoutHash()
    {
        var (_, fromNames, _) = await VigieAppTests.RunAsync("ct", "dump", SharedData.Path("ct/static-ct-navigli2025h2/tile/names/001"));
        var (_, fromData, _) = await VigieAppTests.RunAsync("ct", "dump", SharedData.Path("ct/static-ct-navigli2025h2/tile/data/001"));

        Assert.Equal(fromData, fromNames);
    }

    [Fact]
    public async Task Dump_TruncatedJson_OneLineAndExitCode2()
    {
        using var temp = new TempFolder();
        var json = await File.ReadAllBytesAsync(SharedData.Path("ct/rfc6962-get-entries/get-entries-0-3.json"));
        await File.WriteAllBytesAsync(temp.File("broken.json"), json[..2000]);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("ct", "dump", temp.File("broken.json"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("vigie: broken.json: get-entries answer is not valid JSON", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_MissingFile_ExitCode2()
    {
        var (code, _, stderr) = await VigieAppTests.RunAsync("ct", "dump", "/nonexistent/tile");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }
}
