namespace Vigie.Benchmarks.Matching;

/// <summary>
/// Deterministic names and watchlists for the matcher benchmarks: ordinary-looking registrations (random labels,
/// word combinations, hyphenated strings, some with a subdomain) as a certificate transparency feed mostly is,
/// and watchlists of N brand-like domains.
/// </summary>
internal static class SyntheticNames
{
    private static readonly string[] Tlds = ["com", "com", "com", "net", "org", "de", "io", "xyz", "co.uk", "fr", "online", "shop", "com.br"];
    private static readonly string[] Words =
        "blue red green gold shop store cloud data web soft tech home mail secure login account bank pay wallet coin market city park river stone bright fast smart best good my the one first global digital media news sport travel food health auto photo art design studio group labs hub zone".Split(' ');

    private static readonly string[] Subdomains = ["www", "mail", "app", "api", "cdn", "m", "shop", "blog"];

    public static string[] Names(int count, int seed)
    {
        var random = new Random(seed);
        var names = new string[count];
        for (var i = 0; i < names.Length; i++)
        {
            var kind = random.NextDouble();
            var label = kind switch
            {
                < 0.45 => Random(random, random.Next(4, 17)),
                < 0.85 => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)])),
                _ => string.Join('-', Enumerable.Range(0, random.Next(2, 4)).Select(_ => Random(random, random.Next(3, 9)))),
            };
            var name = label + "." + Tlds[random.Next(Tlds.Length)];
            names[i] = random.NextDouble() < 0.15 ? Subdomains[random.Next(Subdomains.Length)] + "." + name : name;
        }

        return names;
    }

    /// <summary>eth-phishing-detect's fifteen fuzzylist domains first, then invented brand-like domains.</summary>
    public static string[] Watchlist(int count)
    {
        string[] known =
        [
            "metamask.io", "myetherwallet.com", "opensea.io", "etherscan.io", "cryptokitties.co", "dfinity.org", "auctus.org",
            "fulcrum.trade", "hederahashgraph.com", "localcryptos.com", "localethereum.com", "makerfoundation.com",
            "maskmeta.org", "originprotocol.com", "en-marche.fr",
        ];
        var random = new Random(7);
        var domains = known.Take(count).ToList();
        while (domains.Count < count)
        {
            var domain = Letters(random, random.Next(6, 15)) + "." + Tlds[random.Next(Tlds.Length)];
            if (!domains.Contains(domain))
            {
                domains.Add(domain);
            }
        }

        return [.. domains];
    }

    private static string Random(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(random.NextDouble() < 0.9 ? 26 : 36)];
        }

        return new string(chars);
    }

    /// <summary>Pronounceable, brand-like: consonant, vowel, consonant…</summary>
    private static string Letters(Random random, int length)
    {
        const string consonants = "bcdfghjklmnprstvwz";
        const string vowels = "aeiou";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
        }

        return new string(chars);
    }
}
