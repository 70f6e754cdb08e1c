using Vigie.Sources.Http;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The logs to follow: every usable or qualified log of the lists (<c>all</c>), and each log given by URL.</summary>
internal static class LogSelection
{
    /// <exception cref="CtLogException">a log given by URL that is neither in the lists nor describes itself</exception>
    public static async Task<List<CtLog>> ChooseAsync(bool all, bool offline, IReadOnlyList<Uri> urls, IHttpGetter http, Action<string> warn, CancellationToken cancel)
    {
        var known = await KnownAsync(all, offline, urls, http, warn, cancel);
        var chosen = all ? known.Where(l => l.IsActive).ToList() : [];
        foreach (var url in urls)
        {
            var log = await CtFollowers.DescribeAsync(url, known, http, cancel);
            if (chosen.All(c => c.LogId != log.LogId))
            {
                chosen.Add(log);
            }
        }

        return chosen;
    }

    /// <summary>The logs of the lists, when they are needed: for <c>all</c>, or to describe a URL that is not on this machine.</summary>
    public static async Task<List<CtLog>> KnownAsync(bool all, bool offline, IReadOnlyList<Uri> urls, IHttpGetter http, Action<string> warn, CancellationToken cancel)
    {
        // A log on this machine (a private or test log) cannot be in the public lists: no need to fetch them.
        if (!all && urls.All(u => u.IsLoopback))
        {
            return [];
        }

        var (logs, warnings) = await new LogListLoader(offline ? null : http).LoadAsync(cancel);
        warnings.ForEach(warn);
        return logs;
    }
}
