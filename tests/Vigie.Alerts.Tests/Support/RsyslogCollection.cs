namespace Vigie.Alerts.Tests.Support;

/// <summary>One rsyslogd for the tests that send syslog.</summary>
[CollectionDefinition(Name)]
public sealed class RsyslogCollection : ICollectionFixture<RsyslogServer>
{
    public const string Name = "rsyslog";
}
