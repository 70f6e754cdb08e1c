using System.Data.Common;
using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.Organisations;

/// <summary>Organisations and the domains of their watchlists, written together.</summary>
internal sealed class OrganisationRepository(VigieDatabase database, TimeProvider time) : IOrganisationRepository
{
    private const string Columns = "id, slug, name, time_zone, watchlist, created_at, updated_at";

    public async Task<Organisation> CreateAsync(OrganisationDraft draft, CancellationToken cancellationToken)
    {
        var watchlist = OrganisationRules.Check(draft);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertAsync(connection, transaction, draft, watchlist.Domains, time.GetUtcNow(), cancellationToken)
            ?? throw new RejectedException($"slug '{draft.Slug}': another organisation has it");
        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(id, cancellationToken))!;
    }

    /// <summary>Inserts a checked organisation and its domains inside a caller's transaction; null when the slug is taken.</summary>
    internal static async Task<long?> InsertAsync(DbConnection connection, DbTransaction transaction, OrganisationDraft draft, IReadOnlyList<string> domains, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command("""
            INSERT INTO organisations (slug, name, time_zone, watchlist, created_at, updated_at) VALUES (@s, @n, @z, @w, @at, @at)
            ON CONFLICT (slug) DO NOTHING RETURNING id
            """, transaction).With("@s", draft.Slug).With("@n", draft.Name.Trim()).With("@z", draft.TimeZone).With("@w", draft.Watchlist)
            .With("@at", StoredTime.Format(now));
        if (await insert.ExecuteScalarAsync(cancellationToken) is not { } inserted || inserted is DBNull)
        {
            return null;
        }

        var id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
        await SaveDomainsAsync(connection, transaction, id, domains, cancellationToken);
        return id;
    }

    public async Task<Organisation?> UpdateAsync(long id, OrganisationDraft draft, CancellationToken cancellationToken)
    {
        var watchlist = OrganisationRules.Check(draft);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var taken = connection.Command("SELECT COUNT(*) FROM organisations WHERE slug = @s AND id <> @id", transaction).With("@s", draft.Slug).With("@id", id))
        {
            if (Convert.ToInt64(await taken.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                throw new RejectedException($"slug '{draft.Slug}': another organisation has it");
            }
        }

        await using var update = connection.Command("""
            UPDATE organisations SET slug = @s, name = @n, time_zone = @z, watchlist = @w, updated_at = @at WHERE id = @id
            """, transaction).With("@s", draft.Slug).With("@n", draft.Name.Trim()).With("@z", draft.TimeZone).With("@w", draft.Watchlist)
            .With("@at", StoredTime.Format(time.GetUtcNow())).With("@id", id);
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return null;
        }

        await using (var clear = connection.Command("DELETE FROM organisation_domains WHERE organisation_id = @id", transaction).With("@id", id))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await SaveDomainsAsync(connection, transaction, id, watchlist.Domains, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<Organisation?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await ReadAsync($"SELECT {Columns} FROM organisations WHERE id = @id", c => c.With("@id", id), cancellationToken)).FirstOrDefault();

    public async Task<Organisation?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        (await ReadAsync($"SELECT {Columns} FROM organisations WHERE slug = @s", c => c.With("@s", slug), cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken) =>
        await ReadAsync($"SELECT {Columns} FROM organisations ORDER BY name, id", _ => { }, cancellationToken);

    public async Task<IReadOnlyList<Organisation>> FindByDomainAsync(string domain, CancellationToken cancellationToken) =>
        await ReadAsync($"SELECT {Columns} FROM organisations WHERE id IN (SELECT organisation_id FROM organisation_domains WHERE domain = @d) ORDER BY id",
            c => c.With("@d", domain.ToLowerInvariant()), cancellationToken);

    private static async Task SaveDomainsAsync(DbConnection connection, DbTransaction transaction, long id, IReadOnlyList<string> domains, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command("INSERT INTO organisation_domains (organisation_id, domain) VALUES (@id, @d) ON CONFLICT DO NOTHING", transaction)
            .With("@id", id).With("@d", null);
        foreach (var domain in domains)
        {
            insert.Set("@d", domain);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<List<Organisation>> ReadAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, string Slug, string Name, string Zone, string Watchlist, string Created, string Updated)>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var select = connection.Command(sql))
        {
            parameters(select);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
            }
        }

        var domains = new Dictionary<long, List<string>>();
        if (rows.Count > 0)
        {
            await using var select = connection.Command(
                $"SELECT organisation_id, domain FROM organisation_domains WHERE organisation_id IN ({string.Join(", ", rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)))}) ORDER BY domain");
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                (domains.TryGetValue(reader.GetInt64(0), out var list) ? list : domains[reader.GetInt64(0)] = []).Add(reader.GetString(1));
            }
        }

        return [.. rows.Select(r => new Organisation(r.Id, r.Slug, r.Name, r.Zone, r.Watchlist, domains.TryGetValue(r.Id, out var d) ? d : [],
            StoredTime.Parse(r.Created), StoredTime.Parse(r.Updated)))];
    }
}
