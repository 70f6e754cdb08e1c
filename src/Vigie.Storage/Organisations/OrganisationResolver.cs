using System.Data.Common;
using System.Globalization;
using System.Text;
using Vigie.Core.Watchlists;
using Vigie.Storage.Database;

namespace Vigie.Storage.Organisations;

/// <summary>
/// The organisation a command's results belong to (docs/findings.md, "Which organisation"): the oldest organisation
/// whose watchlist has the domain, else a new one made for it, named after the domain (or the watchlist's
/// organisation) with the watchlist that was given. Runs inside the caller's transaction.
/// </summary>
internal static class OrganisationResolver
{
    public static Task<long> ForDomainAsync(VigieDatabase database, string domain, TimeProvider time, CancellationToken cancellationToken) =>
        InTransactionAsync(database, (c, t) => ForDomainAsync(c, t, domain, time.GetUtcNow(), cancellationToken), cancellationToken);

    public static Task<long> ForWatchlistAsync(VigieDatabase database, Watchlist watchlist, string text, TimeProvider time, CancellationToken cancellationToken) =>
        InTransactionAsync(database, (c, t) => ForWatchlistAsync(c, t, watchlist, text, time.GetUtcNow(), cancellationToken), cancellationToken);

    public static async Task<long> ForDomainAsync(DbConnection connection, DbTransaction transaction, string domain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ascii = domain.ToLowerInvariant();
        return await FindByDomainAsync(connection, transaction, ascii, cancellationToken)
            ?? await CreateAsync(connection, transaction, Slug(ascii), ascii, $"domains:\n  - {ascii}\n", [ascii], now, cancellationToken);
    }

    /// <summary>For a watchlist file: found by its first domain, else by its organisation's name, else created with the file's text.</summary>
    public static async Task<long> ForWatchlistAsync(DbConnection connection, DbTransaction transaction, Watchlist watchlist, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (watchlist.Domains.Count > 0 && await FindByDomainAsync(connection, transaction, watchlist.Domains[0], cancellationToken) is { } byDomain)
        {
            return byDomain;
        }

        var name = watchlist.Organisation.Length > 0 ? watchlist.Organisation : watchlist.Domains.Count > 0 ? watchlist.Domains[0] : "Default";
        await using (var bySlug = connection.Command("SELECT id FROM organisations WHERE slug = @s", transaction).With("@s", Slug(name)))
        {
            if (await bySlug.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull)
            {
                return Convert.ToInt64(found, CultureInfo.InvariantCulture);
            }
        }

        return await CreateAsync(connection, transaction, Slug(name), name, text, watchlist.Domains, now, cancellationToken);
    }

    /// <summary>Lower-case letters, digits, dots and hyphens, at most 63 (OrganisationRules): "En Marche !" → "en-marche".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                slug.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_')
            {
                slug.Append('-');
            }
        }

        var text = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries)).Trim('.');
        text = text.Length > 60 ? text[..60].TrimEnd('-', '.') : text;
        return text.Length == 0 ? "default" : text;
    }

    private static async Task<long> InTransactionAsync(VigieDatabase database, Func<DbConnection, DbTransaction, Task<long>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    private static async Task<long?> FindByDomainAsync(DbConnection connection, DbTransaction transaction, string domain, CancellationToken cancellationToken)
    {
        await using var select = connection.Command("SELECT MIN(organisation_id) FROM organisation_domains WHERE domain = @d", transaction).With("@d", domain);
        return await select.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull ? Convert.ToInt64(found, CultureInfo.InvariantCulture) : null;
    }

    private static async Task<long> CreateAsync(DbConnection connection, DbTransaction transaction, string slug, string name, string watchlist,
        IReadOnlyList<string> domains, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A slug already taken by an organisation that does not protect this domain: the next free "-2", "-3", …
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? slug : string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            if (await OrganisationRepository.InsertAsync(connection, transaction, new OrganisationDraft(candidate, name, "UTC", watchlist), domains, now, cancellationToken) is { } id)
            {
                return id;
            }
        }
    }
}
