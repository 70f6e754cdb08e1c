using System.Globalization;
using System.Text;
using Vigie.Sources.CertificateTransparency;

namespace Vigie.Cli.Ct;

/// <summary>The `ct dump` text format: index, timestamp in ms, comma-separated names[, leaf hash], tab-separated.</summary>
internal static class CtDumpWriter
{
    public static async Task WriteAsync(TextWriter output, IEnumerable<CtEntry> entries, bool leafHash, bool unicode, CancellationToken cancel)
    {
        var line = new StringBuilder();
        foreach (var entry in entries)
        {
            cancel.ThrowIfCancellationRequested();
            line.Clear()
                .Append(entry.Index.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(entry.TimestampMs.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .AppendJoin(',', unicode ? entry.Names.Select(HostNames.ToDisplay) : entry.Names);
            if (leafHash)
            {
                line.Append('\t').Append(entry.LeafHash.Length == 0 ? "-" : Convert.ToHexStringLower(entry.LeafHash));
            }

            await output.WriteLineAsync(line, cancel);
        }
    }
}
