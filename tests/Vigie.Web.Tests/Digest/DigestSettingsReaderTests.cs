using Vigie.Storage.Findings;
using Vigie.Web.Digest;
using Vigie.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Tests.Digest;

public sealed class DigestSettingsReaderTests
{
    [Fact]
    public void Read_Organisations_OverridesApplyToTheirPlanOnly()
    {
        var settings = Read("""
            states: [confirmed_phishing]
            language: en
            contact: security@en-marche.fr
            empty: skip
            spot_the_fake: true
            max_size: 2000000
            organisations:
              en-marche:
                to: [equipe@en-marche.fr, "Camille <camille@en-marche.fr>"]
                language: fr
                schedule: "30 7 * * 2"
            """);

        var plan = settings.PlanFor("en-marche");
        Assert.Equal(["equipe@en-marche.fr", "Camille <camille@en-marche.fr>"], plan.To);
        Assert.Equal(("fr", "30 7 * * 2", "security@en-marche.fr"), (plan.Language, plan.Schedule.ToString(), plan.Contact));
        Assert.Equal((false, true, 2_000_000L), (settings.SendEmpty, settings.SpotTheFake, settings.MaxBytes));
        Assert.Equal([TriageState.ConfirmedPhishing], settings.States);
        var other = settings.PlanFor("other");
        Assert.Empty(other.To);
        Assert.Equal(("en", "0 8 * * 1"), (other.Language, other.Schedule.ToString()));
    }

    [Theory]
    [InlineData("schedule: every monday\n", "vigie.yaml line 1, digest.schedule: 'every monday' is not a cron expression")]
    [InlineData("states: [phishy]\n", "vigie.yaml line 1, digest.states: 'phishy' is not a triage state (")]
    [InlineData("language: de\n", "vigie.yaml line 1, digest.language: 'de' is not one of en, fr")]
    [InlineData("organisations:\n  x:\n    to: [nobody]\n", "vigie.yaml line 3, digest.organisations.x.to: 'nobody' is not an e-mail address")]
    [InlineData("max_size: 10\n", "vigie.yaml line 1, digest.max_size: '10' is not a size in bytes from 50000 to 100000000")]
    [InlineData("colour: blue\n", "vigie.yaml line 1: unknown field 'digest.colour'")]
    public void Read_BadValue_OneLineNamingLineAndField(string yaml, string start)
    {
        var error = Assert.Throws<ServeConfigException>(() => Read(yaml));

        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
    }

    private static DigestSettings Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return DigestSettingsReader.Read(stream.Documents[0].RootNode, "vigie.yaml");
    }
}
