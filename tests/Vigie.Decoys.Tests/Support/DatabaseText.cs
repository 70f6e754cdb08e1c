using System.Text;
using Vigie.Storage.Database;

namespace Vigie.Decoys.Tests.Support;

/// <summary>Every text value of every table of the store, SQLite or PostgreSQL: where a clear password would be if anything stored it.</summary>
internal static class DatabaseText
{
    public static async Task<(IReadOnlyList<string> Tables, IReadOnlyList<string> Texts)> ReadAllAsync(VigieDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        var tables = new List<string>();
        var list = database.Kind == DatabaseKind.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using (var command = connection.Command(list))
        await using (var rows = await command.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                tables.Add(rows.GetString(0));
            }
        }

        var texts = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.Command($"SELECT * FROM \"{table}\"");
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    switch (rows.IsDBNull(i) ? null : rows.GetValue(i))
                    {
                        case string text:
                            texts.Add(text);
                            break;
                        case byte[] bytes:
                            texts.Add(Encoding.UTF8.GetString(bytes));
                            break;
                    }
                }
            }
        }

        return (tables, texts);
    }
}
