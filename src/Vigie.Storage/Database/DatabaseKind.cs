namespace Vigie.Storage.Database;

internal enum DatabaseKind
{
    Sqlite,
    Postgres,
}
