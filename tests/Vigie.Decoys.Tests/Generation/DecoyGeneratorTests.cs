using Vigie.Decoys.Generation;
using Vigie.TestSupport;
using Vigie.TestSupport.Storage;

namespace Vigie.Decoys.Tests.Generation;

public sealed class DecoyGeneratorTests
{
    [Theory]
    [InlineData("first.last", "fr")]
    [InlineData("f.last", "en")]
    [InlineData("firstlast", "fr")]
    public async Task GenerateAsync_1000Decoys_UniqueMatchThePatternAndNoneInTheFrequencyLists(string pattern, string language)
    {
        await using var store = await OrganisationStore.OpenAsync();
        var common = new HashSet<string>(
            File.ReadLines(SharedData.Path("names/passwords-seclists-top1000.txt")).Concat(File.ReadLines(SharedData.Path("names/passwords-openwall-top1000.txt"))),
            StringComparer.OrdinalIgnoreCase);
        var parsed = AddressPattern.Parse(pattern);

        var decoys = await new DecoyGenerator(store.Store.Decoys, TimeProvider.System)
            .GenerateAsync(new DecoyRequest("en-marche.fr", 1000, parsed, language, null), CancellationToken.None);

        Assert.Equal(1000, decoys.Select(d => d.Username).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(1000, decoys.Select(d => d.Password).Distinct(StringComparer.Ordinal).Count());
        Assert.All(decoys, d => Assert.True(d.Username.EndsWith("@en-marche.fr", StringComparison.Ordinal) && parsed.Matches(d.Username[..d.Username.IndexOf('@', StringComparison.Ordinal)]), d.Username));
        Assert.DoesNotContain(decoys, d => common.Contains(d.Password));
        Assert.All(decoys, d => Assert.True(d.Password.Length >= 8 && d.Password.Any(char.IsAsciiDigit), "a password of the shapes people choose under a policy"));
        var stored = await store.Store.Decoys.ListAsync(null, CancellationToken.None);
        Assert.Equal(1000, stored.Count);
        Assert.DoesNotContain(stored, s => decoys.Any(d => s.PasswordHash.Contains(d.Password, StringComparison.Ordinal)));
        var sample = decoys[17];
        Assert.True(DecoyPasswordHash.Verify(stored.Single(s => s.Username == sample.Username).PasswordHash, sample.Password));
        Assert.False(DecoyPasswordHash.Verify(stored.Single(s => s.Username == sample.Username).PasswordHash, sample.Password + "x"));
        Assert.Equal(sample.Username, sample.ToString());
    }

    [Theory]
    [InlineData("Jean-Pierre", "Le Gall", "first.last", "jean-pierre.legall")]
    [InlineData("Éric", "Lefèvre", "f.last", "e.lefevre")]
    [InlineData("Chloé", "D'Aubigné", "firstlast", "chloedaubigne")]
    [InlineData("Zoë", "Smith", "last_f", "smith_z")]
    public void LocalPart_NamesWithAccentsSpacesAndHyphens_FoldedAsMailSystemsDo(string first, string last, string pattern, string expected)
    {
        Assert.Equal(expected, AddressPattern.Parse(pattern).LocalPart(first, last));
    }

    [Theory]
    [InlineData("first.middle")]
    [InlineData("first..last")]
    [InlineData("")]
    public void Parse_UnknownPattern_OneLineError(string pattern)
    {
        var error = Assert.Throws<ArgumentException>(() => AddressPattern.Parse(pattern));
        Assert.StartsWith("--pattern: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task GenerateAsync_TakenNames_EveryDecoyStillUniqueAcrossCalls()
    {
        await using var store = await OrganisationStore.OpenAsync();
        var generator = new DecoyGenerator(store.Store.Decoys, TimeProvider.System);
        var request = new DecoyRequest("en-marche.fr", 300, AddressPattern.Parse("f.l"), "en", null);

        var first = await generator.GenerateAsync(request, CancellationToken.None);
        var second = await generator.GenerateAsync(request, CancellationToken.None);

        // f.l has only 26 × 26 plain forms: most of the second batch needs a number.
        Assert.Equal(600, first.Concat(second).Select(d => d.Username).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(second, d => char.IsAsciiDigit(d.Username[d.Username.IndexOf('@', StringComparison.Ordinal) - 1]));
    }
}
