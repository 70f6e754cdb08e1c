using System.Text.Json;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.TestSupport;

namespace Vigie.Core.Tests.Matching;

/// <summary>
/// Every fuzzy-matching row of eth-phishing-detect's own test expectations: Vigie, given the same fuzzylist and
/// allowlist, agrees with eth-phishing-detect's fuzzy matcher, or the row is listed below with the reason it differs.
/// A row counts as fuzzy-matching when eth-phishing-detect's fuzzy matcher flags it, or when the test expects a
/// fuzzy hit, an allowlisted name or no verdict at all ("any_false"). eth-phishing-detect's verdicts were captured
/// into Fixtures/epd-fuzzy-verdicts.tsv by bench/match/epd_fuzzy_verdicts.js.
/// </summary>
public sealed class EthPhishingDetectParityTests
{
    private static readonly Dictionary<string, string> Differences = new(StringComparer.Ordinal)
    {
        ["myetherwallet.groovehq.com"] =
            "Vigie reports a watched brand used as a whole subdomain label of someone else's domain (score 60); this is MyEtherWallet's real help desk, which an allowlist entry settles",
        ["ethereumpool.co"] =
            "Vigie watches ethereum.org itself because the fuzzylist names launchpad.ethereum.org; eth-phishing-detect compares 'launchpad.ethereum' as one string and never sees the brand",
        ["ethereum1.cz"] =
            "same as ethereumpool.co: 'ethereum1' is 'ethereum' plus one character, a typo of the watched ethereum.org",
        ["myetherwallet.com.ethpromonodes.com"] =
            "subdomain impersonation: Vigie finds the whole watched domain at the start of the name; eth-phishing-detect's edit distance over the whole string is far above 2",
        ["wwwmyetherwallet.com"] =
            "combosquatting: Vigie finds the brand inside the label; eth-phishing-detect strips only 'www.' with its dot",
        ["wallet-ethereum.net"] =
            "combosquatting on ethereum.org (watched, see ethereumpool.co); eth-phishing-detect has this name on its blacklist instead",
        ["wallet-ethereum.net."] = "the same name with a trailing dot",
    };

    [Fact]
    public void TryMatch_FuzzyRowsOfEthPhishingDetectTests_AgreeOrDifferForAListedReason()
    {
        var config = JsonDocument.Parse(File.ReadAllText(SharedData.Path("phishing/metamask/config.json"))).RootElement;
        var watchlist = Watchlist.Empty with
        {
            Domains = WatchlistLoader.FromDomains(Strings(config, "fuzzylist")).Domains,
            Subdomains = WatchlistLoader.FromDomains(Strings(config, "fuzzylist")).Subdomains,
            Allowlist = Strings(config, "whitelist").Select(d => d.ToLowerInvariant()).ToList(),
        };
        var matcher = Matcher.Build(watchlist, MatcherOptions.Default);
        var epd = EpdVerdicts();
        var expected = File.ReadLines(SharedData.Path("phishing/metamask/test_expectations.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .GroupBy(fields => fields[2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

        var problems = new List<string>();
        var checkedRows = 0;
        foreach (var (domain, verdict) in expected)
        {
            var epdFlags = epd[domain];
            if (!epdFlags && verdict is not ("fuzzy" or "whitelist" or "any_false") && !Differences.ContainsKey(domain))
            {
                continue;
            }

            checkedRows++;
            var vigieFlags = matcher.TryMatch(domain, out var match);
            var listed = Differences.ContainsKey(domain);
            if (vigieFlags != epdFlags && !listed)
            {
                problems.Add($"{domain}: eth-phishing-detect {(epdFlags ? "flags" : "passes")} it, Vigie {(vigieFlags ? "flags" : "passes")} it ({match?.Explanation})");
            }
            else if (vigieFlags == epdFlags && listed)
            {
                problems.Add($"{domain}: listed as a difference but both tools now agree; remove it from the list");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(checkedRows >= 60, $"only {checkedRows} rows checked");
    }

    private static List<string> Strings(JsonElement config, string property) =>
        config.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();

    private static Dictionary<string, bool> EpdVerdicts() =>
        File.ReadLines(Path.Combine(SharedData.RepoRoot, "tests", "Vigie.Core.Tests", "Matching", "Fixtures", "epd-fuzzy-verdicts.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(fields => fields[0], fields => fields[1] == "fuzzy", StringComparer.Ordinal);
}
