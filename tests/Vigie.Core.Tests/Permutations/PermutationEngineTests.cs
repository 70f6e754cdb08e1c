using Vigie.Core.Domains;
using Vigie.Core.Permutations;

namespace Vigie.Core.Tests.Permutations;

public sealed class PermutationEngineTests
{
    private static List<Permutation> Run(string domain, PermutationOptions? options = null) =>
        [.. new PermutationEngine().Generate(DomainName.Parse(domain), options ?? PermutationOptions.Default)];

    [Fact]
    public void Generate_DefaultOptions_NeverEmitsTheOriginalDomain()
    {
        var names = Run("example.com").Select(p => p.Ascii);

        Assert.DoesNotContain("example.com", names);
    }

    [Fact]
    public void Generate_DefaultOptions_EmitsEachNameOnce()
    {
        var names = Run("en-marche.fr").Select(p => p.Ascii).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_DefaultOptions_EmitsOnlyValidNames()
    {
        foreach (var permutation in Run("microsoftonline.com"))
        {
            Assert.True(DomainName.TryParse(permutation.Ascii, out var parsed, out var error), $"{permutation.Ascii}: {error}");
            Assert.Equal(permutation.Ascii, parsed!.Ascii);
            Assert.Equal(permutation.Unicode, Idn.ToUnicode(permutation.Ascii));
        }
    }

    [Fact]
    public void Generate_NameFromTwoTechniques_CreditsTheFirstInDnstwistOrder()
    {
        // "paypall.com" is both an addition and a repetition; dnstwist runs addition first.
        var row = Run("paypal.com").Single(p => p.Ascii == "paypall.com");

        Assert.Equal(["addition"], row.Techniques);
    }

    [Fact]
    public void Generate_SelectedFuzzers_RunsOnlyThose()
    {
        var techniques = Run("example.com", new PermutationOptions { Fuzzers = ["omission", "transposition"] })
            .Select(p => p.Technique).Distinct().Order();

        Assert.Equal(["omission", "transposition"], techniques);
    }

    [Fact]
    public void Generate_UnknownFuzzer_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => Run("example.com", new PermutationOptions { Fuzzers = ["typo"] }));

        Assert.Contains("'typo'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_KnownSubdomain_FlattensItWithAHyphen()
    {
        var rows = Run("en-marche.fr", new PermutationOptions { Subdomains = ["onedrive"] });

        Assert.Contains(rows, p => p.Ascii == "onedrive-en-marche.fr" && p.Technique == "dot-to-hyphen");
    }

    [Fact]
    public void Generate_KnownSubdomain_StacksItWithEveryTypoAndListsBothTechniques()
    {
        var rows = Run("en-marche.fr", new PermutationOptions { Subdomains = ["mail"] });

        var stacked = rows.Single(p => p.Ascii == "mail-en-marhce.fr");
        Assert.Equal(["dot-to-hyphen", "transposition"], stacked.Techniques);
        Assert.Equal("dot-to-hyphen+transposition", stacked.Technique);
    }

    [Fact]
    public void Generate_DefaultOptions_CombosquatsWithBuiltInServiceWords()
    {
        var names = Run("google.com", new PermutationOptions { Fuzzers = ["combosquat"] }).Select(p => p.Ascii).ToHashSet();

        Assert.Contains("signin-google.com", names);
        Assert.Contains("google-login.com", names);
        Assert.Contains("googlemail.com", names);
    }

    [Fact]
    public void Generate_Keywords_ExtendTheServiceWords()
    {
        var names = Run("en-marche.fr", new PermutationOptions { Fuzzers = ["combosquat"], Keywords = ["meeting"] })
            .Select(p => p.Ascii);

        Assert.Contains("meeting-en-marche.fr", names);
        Assert.Contains("en-marche-login.fr", names);
    }

    [Fact]
    public void Generate_FrenchDomain_KeepsOnlyHomoglyphsAfnicAccepts()
    {
        var unicode = Run("en-marche.fr", new PermutationOptions { Fuzzers = ["homoglyph", "cyrillic"] }).Select(p => p.Unicode).ToList();

        Assert.Contains("en-marché.fr", unicode);
        Assert.DoesNotContain(unicode, u => u.Contains('ɑ', StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ComDomain_RefusesLabelsMixingScripts()
    {
        var unicode = Run("paypal.com", new PermutationOptions { Fuzzers = ["homoglyph", "cyrillic"] }).Select(p => p.Unicode).ToList();

        Assert.Contains("раураӏ.com", unicode);
        Assert.Contains("pɑypal.com", unicode);
        Assert.DoesNotContain("pаypal.com", unicode); // Cyrillic а among Latin letters: Verisign refuses mixed scripts
    }

    [Fact]
    public void Generate_TldSwapWithoutList_UsesBuiltInTlds()
    {
        var names = Run("en-marche.fr", new PermutationOptions { Fuzzers = ["tld-swap"] }).Select(p => p.Ascii).ToList();

        Assert.Contains("en-marche.com", names);
        Assert.Contains("en-marche.xyz", names);
        Assert.DoesNotContain("en-marche.fr", names);
    }

    [Fact]
    public void Generate_UnicodeDomain_PermutesTheULabelAndGivesBothForms()
    {
        var rows = Run("bücher.de", new PermutationOptions { Fuzzers = ["omission", "transposition"] });

        var row = Assert.Single(rows, p => p.Unicode == "bücer.de");
        Assert.Equal(Idn.ToAscii("bücer.de"), row.Ascii);
        Assert.Contains(rows, p => p.Ascii == "bcher.de");
        Assert.DoesNotContain(rows, p => p.Unicode == "bücher.de");
    }

    [Fact]
    public void Generate_InputWithSubdomain_KeepsItAndPermutesTheLabel()
    {
        var names = Run("onedrive.en-marche.fr", new PermutationOptions { Fuzzers = ["omission", "dot-to-hyphen"] }).Select(p => p.Ascii).ToList();

        Assert.Contains("onedrive.en-march.fr", names);
        Assert.Contains("onedrive-en-marche.fr", names);
        Assert.DoesNotContain("onedrive.en-marche.fr", names);
    }

    [Fact]
    public void Generate_UnicodeSubdomain_KeptEvenWhereTheRegistryWouldRefuseItsCharacters()
    {
        // "łodz" is the owner's own subdomain: AFNIC's list (no ł) does not apply to it, only to the registrable label.
        var names = Run("xn--odz-gwa.en-marche.fr", new PermutationOptions { Fuzzers = ["omission"] }).Select(p => p.Unicode).ToList();

        Assert.Contains("łodz.en-march.fr", names);
    }
}
