using System.Globalization;
using Vigie.Sources.CertificateTransparency;

namespace Vigie.Cli.Ct;

/// <summary>The `ct logs` table: kind, state, lists, MMD, name, URL; tab-separated, a header line first.</summary>
internal static class CtLogsWriter
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<CtLog> logs, CancellationToken cancel)
    {
        await output.WriteLineAsync("kind\tstate\tlists\tmmd_s\tname\turl");
        foreach (var log in logs)
        {
            cancel.ThrowIfCancellationRequested();
            var kind = log.Kind == CtLogKind.Tiled ? "tiled" : "rfc6962";
            await output.WriteLineAsync(string.Join('\t', kind, log.State, string.Join(',', log.Lists),
                log.MmdSeconds.ToString(CultureInfo.InvariantCulture), log.Name, log.Url.ToString()));
        }
    }
}
