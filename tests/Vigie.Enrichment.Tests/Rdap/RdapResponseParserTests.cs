using System.Text;
using Vigie.Enrichment.Rdap;

namespace Vigie.Enrichment.Tests.Rdap;

public sealed class RdapResponseParserTests
{
    [Theory]
    [InlineData("""["org",{},"text","Acme Bank SA"]""", "Acme Bank SA")]
    [InlineData("""["org",{},"text",["Acme Bank SA","Direction informatique"]]""", "Acme Bank SA")]
    [InlineData("""["email",{},"text","hostmaster@acmebank.test"]""", "Domain Administrator")]
    public void Parse_RegistrantEntity_ItsOrganisationElseItsName(string property, string expected)
    {
        var json = $$"""
            {"objectClassName":"domain","ldhName":"acmebank.test","entities":[{"objectClassName":"entity","roles":["registrant"],
             "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Domain Administrator"],{{property}}]]}]}
            """;

        var registration = RdapResponseParser.Parse("acmebank.test", "rdap.lab.test", Encoding.UTF8.GetBytes(json));

        Assert.Equal(expected, registration.RegistrantOrganisation);
    }

    [Fact]
    public void Parse_NoRegistrantEntity_NoOrganisation() =>
        Assert.Null(RdapResponseParser.Parse("en-rnarche.fr", "rdap.lab.test", Encoding.UTF8.GetBytes(RdapLabServer.DomainObject)).RegistrantOrganisation);
}
