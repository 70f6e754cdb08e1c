namespace Vigie.Storage.Migrations;

/// <summary>One schema step. "{id}" in the SQL becomes each dialect's auto-numbered primary key.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
