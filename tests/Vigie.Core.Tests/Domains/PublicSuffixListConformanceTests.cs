using System.Text.RegularExpressions;
using Vigie.Core.Domains;
using Vigie.TestSupport;

namespace Vigie.Core.Tests.Domains;

/// <summary>The list's official test file (publicsuffix.org, test_psl.txt), every case.</summary>
public sealed partial class PublicSuffixListConformanceTests
{
    public static TheoryData<string?, string?> Cases()
    {
        var data = new TheoryData<string?, string?>();
        foreach (var line in File.ReadLines(SharedData.Path("psl/test_psl.txt")))
        {
            var m = CheckCall().Match(line);
            if (m.Success && !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                data.Add(Unquote(m.Groups[1].Value), Unquote(m.Groups[2].Value));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_OfficialTestCase_GivesExpectedRegistrableDomain(string? input, string? expected)
    {
        var actual = DomainName.TryParse(input, out var name, out _)
            ? (input!.All(char.IsAscii) ? name!.RegistrableDomain : Idn.ToUnicode(name!.RegistrableDomain))
            : null;
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Cases_FromOfficialFile_AreAllRead()
    {
        Assert.True(Cases().Count >= 75, "test_psl.txt should give at least 75 cases");
    }

    private static string? Unquote(string s) => s == "null" ? null : s.Trim('\'');

    [GeneratedRegex(@"checkPublicSuffix\((null|'[^']*'),\s*(null|'[^']*')\)")]
    private static partial Regex CheckCall();
}
