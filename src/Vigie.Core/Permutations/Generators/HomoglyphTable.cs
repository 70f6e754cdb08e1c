using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Vigie.Core.Unicode;

namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// The look-alikes the homoglyph technique may use under one TLD: dnstwist's hand-made glyph table, and on top
/// the TR39 confusables of each ASCII letter and digit. Only look-alikes the TLD's registry accepts
/// (<see cref="IdnPolicy"/>) and IDNA 2008 allows are kept; built once per policy.
/// </summary>
internal sealed class HomoglyphTable
{
    // dnstwist.py 20221213, Fuzzer.glyphs: character -> look-alikes, some of several characters ("rn" for "m").
    private const string DnstwistGlyphs =
        "0:o 1:l,i 2:ƻ 3:8 5:ƽ 6:9 8:3 9:6 a:à,á,à,â,ã,ä,å,ɑ,ạ,ǎ,ă,ȧ,ą,ə b:d,lb,ʙ,ɓ,ḃ,ḅ,ḇ,ƅ c:e,ƈ,ċ,ć,ç,č,ĉ,ᴄ "
        + "d:b,cl,dl,ɗ,đ,ď,ɖ,ḑ,ḋ,ḍ,ḏ,ḓ e:c,é,è,ê,ë,ē,ĕ,ě,ė,ẹ,ę,ȩ,ɇ,ḛ f:ƒ,ḟ g:q,ɢ,ɡ,ġ,ğ,ǵ,ģ,ĝ,ǧ,ǥ "
        + "h:lh,ĥ,ȟ,ħ,ɦ,ḧ,ḩ,ⱨ,ḣ,ḥ,ḫ,ẖ i:1,l,í,ì,ï,ı,ɩ,ǐ,ĭ,ỉ,ị,ɨ,ȋ,ī,ɪ j:ʝ,ǰ,ɉ,ĵ k:lk,ik,lc,ḳ,ḵ,ⱪ,ķ,ᴋ l:1,i,ɫ,ł "
        + "m:n,nn,rn,rr,ṁ,ṃ,ᴍ,ɱ,ḿ n:m,r,ń,ṅ,ṇ,ṉ,ñ,ņ,ǹ,ň,ꞑ o:0,ȯ,ọ,ỏ,ơ,ó,ö,ᴏ p:ƿ,ƥ,ṕ,ṗ q:g,ʠ "
        + "r:ʀ,ɼ,ɽ,ŕ,ŗ,ř,ɍ,ɾ,ȓ,ȑ,ṙ,ṛ,ṟ s:ʂ,ś,ṣ,ṡ,ș,ŝ,š,ꜱ t:ţ,ŧ,ṫ,ṭ,ț,ƫ "
        + "u:ᴜ,ǔ,ŭ,ü,ʉ,ù,ú,û,ũ,ū,ų,ư,ů,ű,ȕ,ȗ,ụ v:ṿ,ⱱ,ᶌ,ṽ,ⱴ,ᴠ w:vv,ŵ,ẁ,ẃ,ẅ,ⱳ,ẇ,ẉ,ẘ,ᴡ x:ẋ,ẍ "
        + "y:ʏ,ý,ÿ,ŷ,ƴ,ȳ,ɏ,ỿ,ẏ,ỵ z:ʐ,ż,ź,ᴢ,ƶ,ẓ,ẕ,ⱬ";

    private static readonly ConcurrentDictionary<IdnPolicy, HomoglyphTable> Cache = new();

    private HomoglyphTable(Dictionary<char, string[]> dnstwist, Dictionary<char, string[]> confusables)
    {
        Dnstwist = dnstwist;
        Confusables = confusables;
    }

    /// <summary>dnstwist's glyphs the registry accepts.</summary>
    public IReadOnlyDictionary<char, string[]> Dnstwist { get; }

    /// <summary>TR39 look-alikes the registry accepts that dnstwist's table lacks.</summary>
    public IReadOnlyDictionary<char, string[]> Confusables { get; }

    public static HomoglyphTable For(IdnPolicy policy) => Cache.GetOrAdd(policy, Build);

    /// <summary>dnstwist's glyph table as dnstwist has it, before any policy: the reference for parity tests.</summary>
    public static IReadOnlyDictionary<char, string[]> DnstwistUnfiltered() =>
        DnstwistGlyphs.Split(' ').ToDictionary(entry => entry[0], entry => entry[2..].Split(','));

    private static HomoglyphTable Build(IdnPolicy policy)
    {
        var confusables = ConfusableTable.Default;
        var dnstwist = new Dictionary<char, string[]>();
        var kept = new List<string>();
        foreach (var (c, glyphs) in DnstwistUnfiltered())
        {
            foreach (var glyph in glyphs)
            {
                if (Usable(glyph, policy, confusables))
                {
                    kept.Add(glyph);
                }
            }

            dnstwist[c] = Take(kept);
        }

        var extra = new Dictionary<char, string[]>();
        foreach (var c in "abcdefghijklmnopqrstuvwxyz0123456789")
        {
            var known = dnstwist.GetValueOrDefault(c) ?? [];
            foreach (var glyph in confusables.LookalikesOf(c))
            {
                if (!known.Contains(glyph) && !(glyph.Length == 1 && glyph[0] == c) && Usable(glyph, policy, confusables))
                {
                    kept.Add(glyph);
                }
            }

            extra[c] = Take(kept);
        }

        return new HomoglyphTable(dnstwist, extra);
    }

    // One list reused for every character, emptied into an exact array: LINQ's builder rented and grew buffers for
    // each of the 70 lists, memory a short-lived `vigie permute` touches for the first time (bench/README.md,
    // "startup", session 8).
    private static string[] Take(List<string> kept)
    {
        string[] glyphs = [.. kept];
        kept.Clear();
        return glyphs;
    }

    // A look-alike is usable when the registry accepts every character and IDNA leaves it as it is: a character
    // UTS 46 maps to another ("ſ" to "s", upper case to lower) or refuses can never appear in a registered name.
    private static bool Usable(string glyph, IdnPolicy policy, ConfusableTable table)
    {
        if (Ascii.IsValid(glyph))
        {
            return glyph.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));
        }

        foreach (var rune in glyph.EnumerateRunes())
        {
            if (!policy.AllowsCharacter(rune, table))
            {
                return false;
            }
        }

        // Every look-alike of both tables is one code point today: its answer is then shared with the name validator.
        return Rune.DecodeFromUtf16(glyph, out var first, out var length) == OperationStatus.Done && length == glyph.Length
            ? IdnaStability.IsStable(first.Value)
            : IdnaStability.IsStable(glyph);
    }
}
