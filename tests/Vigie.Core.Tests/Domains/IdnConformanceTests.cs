using System.Globalization;
using System.Text;
using Vigie.Core.Domains;
using Vigie.TestSupport;
using Xunit.Abstractions;

namespace Vigie.Core.Tests.Domains;

/// <summary>
/// UTS 46 conformance of <see cref="Idn.ToAscii"/> on the Unicode consortium's IdnaTestV2.txt (non-transitional
/// column). The pass rate is printed and must not fall below what was measured; the deviations are documented
/// in docs/domain-names.md.
/// </summary>
public sealed class IdnConformanceTests(ITestOutputHelper output)
{
    // Measured on .NET 10 with Debian 12's ICU; see docs/domain-names.md for the kinds of deviation.
    private const double MeasuredPassRate = 0.914;

    [Fact]
    public void ToAscii_IdnaTestV2_PassRateAtLeastMeasured()
    {
        int total = 0, passed = 0;
        var failures = new Dictionary<string, int>();
        foreach (var raw in File.ReadLines(SharedData.Path("unicode/idna-uts46/IdnaTestV2.txt")))
        {
            var line = raw.Split('#')[0];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = line.Split(';').Select(x => Unescape(x.Trim())).ToArray();
            var source = f[0];
            var toUnicode = f[1].Length == 0 ? source : f[1];
            var toAsciiN = f[3].Length == 0 ? toUnicode : f[3];
            var status = f[4].Length == 0 ? f[2] : f[4];
            var expectError = status.Length > 0 && status != "[]";

            total++;
            string? actual;
            try
            {
                actual = Idn.ToAscii(source);
            }
            catch (DomainNameException)
            {
                actual = null;
            }

            var ok = expectError ? actual is null : actual == toAsciiN.ToLowerInvariant();
            if (ok)
            {
                passed++;
            }
            else
            {
                var kind = expectError ? "accepted, expected " + status : actual is null ? "refused a valid name" : "different output";
                failures[kind] = failures.GetValueOrDefault(kind) + 1;
            }
        }

        var rate = (double)passed / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IdnaTestV2 toAsciiN: {passed}/{total} = {rate:P2}"));
        foreach (var (kind, count) in failures.OrderByDescending(x => x.Value).Take(25))
        {
            output.WriteLine($"  {count,5}  {kind}");
        }

        Assert.True(total > 6000, "IdnaTestV2.txt should hold over 6,000 cases");
        Assert.True(rate >= MeasuredPassRate, string.Create(CultureInfo.InvariantCulture, $"pass rate {rate:P2} fell below {MeasuredPassRate:P2}"));
    }

    // The file escapes code points as \uXXXX and \x{XXXX}.
    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 5 < s.Length + 0 && s[i + 1] == 'u')
            {
                sb.Append((char)int.Parse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else if (s[i] == '\\' && i + 2 < s.Length && s[i + 1] == 'x' && s[i + 2] == '{')
            {
                var close = s.IndexOf('}', i);
                sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                i = close;
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}
