using Vigie.Core.Permutations;
using Vigie.Core.Permutations.Generators;

namespace Vigie.Core.Tests.Permutations.Generators;

/// <summary>
/// Each dnstwist technique against what Debian's dnstwist 20221213 generated for the same label
/// (Fixtures/dnstwist-labels.tsv, captured by Fixtures/capture-dnstwist.py), before either tool's validity filter.
/// </summary>
public sealed class DnstwistParityTests
{
    private static readonly Lazy<ILookup<(string Label, string Technique), string>> Reference = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Permutations", "Fixtures", "dnstwist-labels.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToLookup(f => (f[0], f[1]), f => f[2]));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var label in new[] { "example", "en-marche", "paypal" })
        {
            foreach (var technique in new[]
            {
                Techniques.Addition, Techniques.Bitsquatting, Techniques.Cyrillic, Techniques.Hyphenation, Techniques.Insertion,
                Techniques.Omission, Techniques.Repetition, Techniques.Replacement, Techniques.Subdomain,
                Techniques.Transposition, Techniques.VowelSwap,
            })
            {
                data.Add(label, technique);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Variants_SameLabelAsDnstwist_SameSet(string label, string technique)
    {
        var generator = (LabelGenerator)GeneratorCatalog.Create(new PermutationOptions { Fuzzers = [technique] }).Single();

        var ours = generator.Variants(label).Where(v => v != label).ToHashSet(StringComparer.Ordinal);

        var expected = Reference.Value[(label, technique)].Where(v => v != label).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ours.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("example")]
    [InlineData("en-marche")]
    [InlineData("paypal")]
    public void DnstwistVariants_DnstwistGlyphTable_SameSetAsDnstwistHomoglyph(string label)
    {
        var ours = HomoglyphGenerator.DnstwistVariants(label, HomoglyphTable.DnstwistUnfiltered());

        var expected = Reference.Value[(label, Techniques.Homoglyph)].ToHashSet(StringComparer.Ordinal);
        Assert.Equal(expected.Count, ours.Count);
        Assert.True(expected.SetEquals(ours), "first difference: " + expected.Except(ours).Concat(ours.Except(expected)).FirstOrDefault());
    }
}
