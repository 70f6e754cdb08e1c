namespace Vigie.Cli.Tests.Serve;

/// <summary>The tests of the investigation lab, whose web server holds the fixed 127.0.6.3:80: one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class InvestigationLabCollection
{
    public const string Name = "investigation lab";
}
