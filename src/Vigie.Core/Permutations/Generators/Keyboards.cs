namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// Neighbouring keys on the QWERTY, QWERTZ and AZERTY layouts, with the same neighbours as dnstwist
/// (dnstwist.py 20221213, Fuzzer.__init__: qwerty, qwertz, azerty) so that insertion and replacement match it.
/// </summary>
internal static class Keyboards
{
    private static readonly Dictionary<char, string>[] Layouts =
    [
        Parse("1:2q 2:3wq1 3:4ew2 4:5re3 5:6tr4 6:7yt5 7:8uy6 8:9iu7 9:0oi8 0:po9 q:12wa w:3esaq2 e:4rdsw3 r:5tfde4 "
            + "t:6ygfr5 y:7uhgt6 u:8ijhy7 i:9okju8 o:0plki9 p:lo0 a:qwsz s:edxzaw d:rfcxse f:tgvcdr g:yhbvft h:ujnbgy "
            + "j:ikmnhu k:olmji l:kop z:asx x:zsdc c:xdfv v:cfgb b:vghn n:bhjm m:njk"),
        Parse("1:2q 2:3wq1 3:4ew2 4:5re3 5:6tr4 6:7zt5 7:8uz6 8:9iu7 9:0oi8 0:po9 q:12wa w:3esaq2 e:4rdsw3 r:5tfde4 "
            + "t:6zgfr5 z:7uhgt6 u:8ijhz7 i:9okju8 o:0plki9 p:lo0 a:qwsy s:edxyaw d:rfcxse f:tgvcdr g:zhbvft h:ujnbgz "
            + "j:ikmnhu k:olmji l:kop y:asx x:ysdc c:xdfv v:cfgb b:vghn n:bhjm m:njk"),
        Parse("1:2a 2:3za1 3:4ez2 4:5re3 5:6tr4 6:7yt5 7:8uy6 8:9iu7 9:0oi8 0:po9 a:2zq1 z:3esqa2 e:4rdsz3 r:5tfde4 "
            + "t:6ygfr5 y:7uhgt6 u:8ijhy7 i:9okju8 o:0plki9 p:lo0m q:zswa s:edxwqz d:rfcxse f:tgvcdr g:yhbvft h:ujnbgy "
            + "j:iknhu k:olji l:kopm m:lp w:sxq x:wsdc c:xdfv v:cfgb b:vghn n:bhj"),
    ];

    /// <summary>The neighbours of a key on each layout in turn (repeats kept: the engine deduplicates).</summary>
    public static IEnumerable<char> NeighboursOf(char key)
    {
        foreach (var layout in Layouts)
        {
            if (layout.TryGetValue(key, out var keys))
            {
                foreach (var k in keys)
                {
                    yield return k;
                }
            }
        }
    }

    private static Dictionary<char, string> Parse(string table)
    {
        var map = new Dictionary<char, string>();
        foreach (var entry in table.Split(' '))
        {
            map[entry[0]] = entry[2..];
        }

        return map;
    }
}
