using System.Text;
using Vigie.Core.Permutations;
using Vigie.Core.Unicode;

namespace Vigie.Core.Tests.Permutations;

public sealed class IdnPoliciesTests
{
    private static readonly ConfusableTable Table = ConfusableTable.Default;

    [Theory]
    [InlineData("fr", "é", true)]
    [InlineData("fr", "œ", true)]
    [InlineData("fr", "ā", false)]
    [InlineData("fr", "а", false)]   // Cyrillic а
    [InlineData("de", "ā", true)]
    [InlineData("de", "ɑ", false)]   // Latin alpha is outside Latin-1 Supplement and Extended-A
    [InlineData("eu", "α", true)]    // Greek
    [InlineData("eu", "ա", false)]   // Armenian
    [InlineData("uk", "é", false)]
    [InlineData("com", "ա", true)]
    public void AllowsCharacter_RegistryList_MatchesPolicy(string tld, string character, bool allowed)
    {
        Assert.Equal(allowed, IdnPolicies.For(tld).AllowsCharacter(Rune.GetRuneAt(character, 0), Table));
    }

    [Theory]
    [InlineData("com", "раураӏ", true)]     // all Cyrillic
    [InlineData("com", "pаypal", false)]    // Latin and Cyrillic
    [InlineData("org", "pɑypal-2", true)]   // Latin only; digits and hyphen are Common
    [InlineData("eu", "εxample", false)]    // Greek and Latin
    [InlineData("xyz", "pаypal", false)]    // unknown TLD: ICANN guidelines, one script
    public void AllowsLabel_MixedScripts_RefusedWhereTheRegistrySaysSo(string tld, string label, bool allowed)
    {
        Assert.Equal(allowed, IdnPolicies.For(tld).AllowsLabel(label, Table));
    }
}
