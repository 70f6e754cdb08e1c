using System.Data.Common;

namespace Vigie.Storage.Migrations;

/// <summary>
/// Step 7: what the commands stored before the findings existed becomes findings, observations and source status
/// (docs/findings.md, "Upgrading"). The old tables are left as they are: scan and watch still read them.
/// </summary>
internal static class EarlierResults
{
    public static async Task UpgradeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        await EarlierScans.UpgradeAsync(connection, transaction, now, cancellationToken);
        await EarlierWatch.UpgradeAsync(connection, transaction, now, cancellationToken);
    }
}
