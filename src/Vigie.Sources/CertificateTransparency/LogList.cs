namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Google's and Apple's lists merged by log ID: a log in both keeps Google's entry with both list names,
/// and the state of whichever list calls it usable or qualified, so a log either browser trusts is followed.
/// </summary>
internal static class LogList
{
    public static List<CtLog> Merge(IEnumerable<CtLog> google, IEnumerable<CtLog> apple)
    {
        var merged = new Dictionary<string, CtLog>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var log in google.Concat(apple))
        {
            if (merged.TryGetValue(log.LogId, out var known))
            {
                merged[log.LogId] = known with
                {
                    Lists = [.. known.Lists.Union(log.Lists)],
                    State = known.IsActive ? known.State : log.State,
                };
            }
            else
            {
                merged[log.LogId] = log;
                order.Add(log.LogId);
            }
        }

        return [.. order.Select(id => merged[id])];
    }
}
