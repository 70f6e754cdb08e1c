using System.Security.Cryptography;
using System.Text;
using Vigie.Enrichment.Pages;

namespace Vigie.Benchmarks.Pages;

/// <summary>
/// The pages of ../shared/data/pages with their labels, hosts and split. The split is deterministic: a page is
/// held out when the SHA-256 of its key is 0 modulo 3 (about a third). A kit page's key is the kit archive it
/// came from, so the pages of one kit (its sign-in, error and card steps, near copies of each other) all land on
/// the same side and the held-out figures measure kits never tuned on; a legitimate page's key is its own hash.
/// With <c>legitOnLookalikes</c>, every legitimate page that is not a watched brand's own is served under a look-alike
/// name of one of the watched brands (chosen by a hash of its id) instead of its original host: a site's own sign-in
/// page on a name the matcher flags, the commonest innocent finding, which the verdict must not call phishing.
/// </summary>
internal static class PageCorpus
{
    public static List<CorpusPage> Load(string folder, string targetsCsv, IReadOnlyList<string>? legitOnLookalikes = null)
    {
        var targets = File.ReadLines(targetsCsv).Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("id,", StringComparison.Ordinal))
            .Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var pages = new List<CorpusPage>();
        foreach (var row in ManifestReader.Read(Path.Combine(folder, "manifest.csv")))
        {
            var id = row["id"];
            var file = Path.Combine(folder, row["file"]);
            var kit = row["label"] == "phishing";
            var target = kit ? targets.GetValueOrDefault(id) ?? throw new InvalidDataException($"{targetsCsv}: no target for {id}") : "";
            var host = kit ? LookalikeNames.For(id, target) : OriginalHost.Of(File.ReadAllText(file)) ?? $"{id}.example.com";
            if (!kit && legitOnLookalikes is { Count: > 0 } && !KnownBrands.All.Any(b => b.Owns(host)))
            {
                host = LookalikeNames.For(id, legitOnLookalikes[SHA256.HashData(Encoding.UTF8.GetBytes(id))[1] % legitOnLookalikes.Count]);
            }

            var key = kit ? row["archive_path"] : row["sha256_normalized"];
            var holdout = SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] % 3 == 0;
            pages.Add(new CorpusPage(id, row["label"], target, file, host, holdout));
        }

        return pages;
    }
}
