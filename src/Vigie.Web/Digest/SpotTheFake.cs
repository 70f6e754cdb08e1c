namespace Vigie.Web.Digest;

/// <summary>
/// The optional quiz: up to three fake addresses of the week mixed with genuine ones, in an order fixed by the week,
/// every address written defanged alike so the dots give nothing away; <see cref="Answers"/> says which is which.
/// </summary>
internal sealed record SpotTheFake(IReadOnlyList<(string Address, bool Fake)> Answers)
{
    public static SpotTheFake? From(IReadOnlyList<DigestEntry> entries, IReadOnlyList<string> genuine, DateTimeOffset week)
    {
        var fakes = entries.Select(e => e.Finding.Unicode).Distinct(StringComparer.Ordinal).Take(3).ToList();
        var real = genuine.Where(g => !fakes.Contains(g, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Take(3).ToList();
        if (fakes.Count == 0 || real.Count == 0)
        {
            return null;
        }

        // Seeded by the week: the same digest built twice (preview, then send) asks in the same order.
        var random = new Random((int)(week.ToUnixTimeSeconds() / 60));
        var all = fakes.Select(f => (f, true)).Concat(real.Select(r => (r, false))).ToArray();
        random.Shuffle(all);
        return new SpotTheFake(all);
    }
}
