using Vigie.Core.Permutations;
using Vigie.Core.Permutations.Generators;

namespace Vigie.Core.Tests.Permutations.Generators;

/// <summary>The techniques whose output depends on the whole name (suffix, subdomain) or on word lists.</summary>
public sealed class VigieGeneratorTests
{
    private static readonly PermutationTarget EnMarche = new(string.Empty, "en-marche", "fr");

    [Fact]
    public void Various_SingleLevelSuffix_GluesAndHyphenatesTheTld()
    {
        // dnstwist.py, Fuzzer.generate: domain+tld under tld, and domain-tld under .com when the TLD is not com.
        Assert.Equal(["en-marchefr.fr", "en-marche-fr.com"], new VariousGenerator().Generate(EnMarche));
    }

    [Fact]
    public void Various_TwoLevelSuffixAndSubdomain_AsDnstwist()
    {
        var names = new VariousGenerator().Generate(new PermutationTarget("www", "example", "co.uk")).ToList();

        Assert.Equal(["www.example.uk", "www.exampleco.uk", "wwwexample.co.uk", "wwwexample.co.uk", "www-example.co.uk", "www-example.co.uk"], names);
    }

    [Fact]
    public void Dictionary_HyphenatedLabel_AlsoReplacesFirstAndLastPart()
    {
        var names = new DictionaryGenerator(["mon"]).Variants("en-marche").ToHashSet();

        Assert.Equal(new HashSet<string> { "en-marche-mon", "en-marchemon", "mon-en-marche", "monen-marche", "en-mon", "mon-marche" }, names);
    }

    [Fact]
    public void Dictionary_WordTheLabelStartsAndEndsWith_Skipped()
    {
        Assert.Empty(new DictionaryGenerator(["paypal"]).Variants("paypal"));
    }

    [Fact]
    public void TldSwap_OwnSuffix_Skipped()
    {
        Assert.Equal(["en-marche.com"], new TldSwapGenerator(["fr", "com"]).Generate(EnMarche));
    }

    [Fact]
    public void DotToHyphen_KnownSubdomainsAndSuffix_Flattened()
    {
        var names = new DotToHyphenGenerator(["onedrive", "vpn.paris"], ["login"]).Generate(EnMarche).ToHashSet();

        Assert.Contains("onedrive-en-marche.fr", names);
        Assert.Contains("vpn-paris-en-marche.fr", names);
        Assert.Contains("onedrive-en-marche-fr.com", names);
        Assert.Contains("en-marche-fr.fr", names);
        Assert.Contains("en-marchefr.com", names);
        Assert.Contains("en-marchefr-login.com", names);
        Assert.Contains("en-marche-fr-onedrive.com", names);
    }

    [Fact]
    public void DotToHyphen_InputWithSubdomain_FlattensItToo()
    {
        var names = new DotToHyphenGenerator([], []).Generate(new PermutationTarget("onedrive", "en-marche", "fr"));

        Assert.Contains("onedrive-en-marche.fr", names);
    }

    [Fact]
    public void Plural_AfterSxz_AddsEs()
    {
        // Upstream dnstwist Fuzzer._plural: from the 3rd to the 3rd-from-last character.
        Assert.Equal(["boxeser"], new PluralGenerator().Variants("boxer"));
        Assert.Equal(["payspal", "paypsal"], new PluralGenerator().Variants("paypal"));
        Assert.Empty(new PluralGenerator().Variants("boss"));
    }

    [Fact]
    public void Combosquat_Word_BeforeAndAfterWithAndWithoutHyphen()
    {
        Assert.Equal(["login-google", "logingoogle", "google-login", "googlelogin"], new CombosquatGenerator(["login"]).Variants("google"));
    }

    [Fact]
    public void Stacked_EveryTypoVariant_PrefixedByEveryWord()
    {
        var stacked = new StackedGenerator(Techniques.DotToHyphen, ["mail", "vpn"], new TranspositionGenerator());

        var names = stacked.Generate(new PermutationTarget(string.Empty, "abc", "fr")).ToList();

        Assert.Equal("dot-to-hyphen+transposition", stacked.Technique);
        Assert.Equal(["mail-bac.fr", "vpn-bac.fr", "mail-acb.fr", "vpn-acb.fr"], names);
    }

    [Fact]
    public void Homoglyph_FrenchDomain_UsesOnlyAfnicCharactersFromTr39AndDnstwist()
    {
        var variants = new HomoglyphGenerator().Generate(EnMarche).ToList();

        Assert.Contains("en-marché.fr", variants);
        Assert.All(variants, v => Assert.True(v.All(c => c < 0x80 || "àáâãäåæçèéêëìíîïñòóôõöùúûüýÿœß".Contains(c, StringComparison.Ordinal)), v));
    }

    [Fact]
    public void Homoglyph_ComDomain_AddsTr39LookalikesDnstwistLacks()
    {
        var dnstwist = HomoglyphGenerator.DnstwistVariants("paypal", HomoglyphTable.DnstwistUnfiltered());

        var extra = new HomoglyphGenerator().Generate(new PermutationTarget(string.Empty, "paypal", "com"))
            .Select(n => n[..^4]).Where(v => !dnstwist.Contains(v)).ToList();

        Assert.NotEmpty(extra);
    }

    [Fact]
    public void Homoglyph_WithSubdomain_WritesEachVariantIntoTheNameInOrder()
    {
        // "xyz" has the default policy, the one Variants uses.
        var target = new PermutationTarget("mail", "paypal", "xyz");

        var names = new HomoglyphGenerator().Generate(target).ToList();

        Assert.Equal(new HomoglyphGenerator().Variants("paypal").Select(target.WithLabel), names);
    }
}
