using System.Globalization;
using System.Text;

namespace Vigie.Cli.Watch;

/// <summary>Per-source counters for the status line: entries per second since the last line, and lag.</summary>
internal sealed class WatchStatus(TimeProvider time)
{
    private readonly Dictionary<string, (string Label, long Entries, long Next, long Size)> sources = new(StringComparer.Ordinal);
    private readonly Lock sync = new();
    private DateTimeOffset since = time.GetUtcNow();

    public void Record(NameBatch batch)
    {
        lock (sync)
        {
            var entries = sources.TryGetValue(batch.SourceId, out var known) ? known.Entries : 0;
            sources[batch.SourceId] = (batch.Label, entries + batch.Entries, batch.Next, batch.Size);
        }
    }

    /// <summary>"watch: 812 entries/s; Argon2026h2 512/s lag 1,203; …", and resets the rate counters.</summary>
    public string Line()
    {
        lock (sync)
        {
            var now = time.GetUtcNow();
            var seconds = Math.Max((now - since).TotalSeconds, 0.001);
            var line = new StringBuilder("watch: ");
            line.Append((sources.Values.Sum(s => s.Entries) / seconds).ToString("N0", CultureInfo.InvariantCulture)).Append(" entries/s");
            foreach (var (id, s) in sources.OrderBy(s => s.Value.Label, StringComparer.Ordinal))
            {
                line.Append("; ").Append(s.Label).Append(' ')
                    .Append((s.Entries / seconds).ToString("N0", CultureInfo.InvariantCulture)).Append("/s lag ")
                    .Append(Math.Max(0, s.Size - s.Next).ToString("N0", CultureInfo.InvariantCulture));
                sources[id] = s with { Entries = 0 };
            }

            since = now;
            return line.ToString();
        }
    }
}
