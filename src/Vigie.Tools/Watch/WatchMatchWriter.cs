using System.Globalization;
using Vigie.Sources.CertificateTransparency;
using Vigie.Storage.CertificateTransparency;

namespace Vigie.Cli.Watch;

/// <summary>One line per new finding: time, name (Unicode), target, score, techniques, source, explanation; tab-separated.</summary>
internal static class WatchMatchWriter
{
    public static async Task WriteAsync(TextWriter output, WatchFinding finding, CancellationToken cancel)
    {
        var line = string.Join('\t',
            finding.FoundAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            HostNames.ToDisplay(finding.Name),
            finding.Target,
            finding.Score.ToString(CultureInfo.InvariantCulture),
            finding.Techniques,
            finding.Source,
            finding.Explanation);
        await output.WriteLineAsync(line.AsMemory(), cancel);
        await output.FlushAsync(cancel);
    }
}
