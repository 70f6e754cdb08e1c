namespace Vigie.Web.Digest;

/// <summary>
/// The optional quiz: up to three fake addresses of the week mixed with genuine ones, in an order fixed by the week,
/// every address written defanged alike so the dots give nothing away. <see cref="Answers"/> says which is which: a
/// fake names the address it imitates (so the answers can mark the letters that differ), a genuine one has null.
/// </summary>
internal sealed record SpotTheFake(IReadOnlyList<(string Address, string? Imitates)> Answers)
{
    public static SpotTheFake? From(IReadOnlyList<DigestEntry> entries, IReadOnlyList<string> genuine, DateTimeOffset week)
    {
        var fakes = entries.Select(e => (e.Finding.Unicode, (string?)e.Finding.Target)).DistinctBy(f => f.Unicode, StringComparer.Ordinal).Take(3).ToList();
        var real = genuine.Where(g => !fakes.Any(f => f.Unicode == g)).Distinct(StringComparer.Ordinal).Take(3).ToList();
        if (fakes.Count == 0 || real.Count == 0)
        {
            return null;
        }

        // Seeded by the week: the same digest built twice (preview, then send) asks in the same order.
        var random = new Random((int)(week.ToUnixTimeSeconds() / 60));
        var all = fakes.Concat(real.Select(r => (r, (string?)null))).ToArray();
        random.Shuffle(all);
        return new SpotTheFake(all);
    }
}
