using System.Data.Common;

namespace Vigie.Storage.Migrations;

/// <summary>
/// One schema step. "{id}" in the SQL becomes each dialect's auto-numbered primary key. <paramref name="Upgrade"/>,
/// when given, runs after the SQL in the same transaction: data moves that SQL alone cannot do in both dialects.
/// </summary>
internal sealed record Migration(int Version, string Description, string Sql, Func<DbConnection, DbTransaction, CancellationToken, Task>? Upgrade = null);
