using System.Globalization;
using Vigie.Sources.CertificateTransparency;
using Vigie.Storage.CertificateTransparency;

namespace Vigie.Cli.Ct;

/// <summary>
/// The `ct logs` table: kind, state, lists, MMD, position and lag as `vigie watch` last saved them ("-" for a
/// log not watched), name, URL; tab-separated, a header line first.
/// </summary>
internal static class CtLogsWriter
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<CtLog> logs, IReadOnlyDictionary<string, SourcePosition> positions, CancellationToken cancel)
    {
        await output.WriteLineAsync("kind\tstate\tlists\tmmd_s\tposition\tlag\tname\turl");
        foreach (var log in logs)
        {
            cancel.ThrowIfCancellationRequested();
            var kind = log.Kind == CtLogKind.Tiled ? "tiled" : "rfc6962";
            var saved = positions.GetValueOrDefault(log.SourceId);
            await output.WriteLineAsync(string.Join('\t', kind, log.State, string.Join(',', log.Lists),
                log.MmdSeconds.ToString(CultureInfo.InvariantCulture),
                saved?.Next.ToString(CultureInfo.InvariantCulture) ?? "-",
                saved is null ? "-" : Math.Max(0, saved.Size - saved.Next).ToString(CultureInfo.InvariantCulture),
                log.Name, log.Url.ToString()));
        }
    }
}
