using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Storage.Database;
using Vigie.Storage.Users;
using Vigie.Web.Cluster;
using Vigie.Web.Security;

namespace Vigie.Web.Hosting;

/// <summary>
/// `vigie serve`: migrates the database, starts the host, prints where it listens (and the one-time first-admin token
/// while no user exists), then runs until SIGTERM or Ctrl+C and stops gracefully: requests in flight and the
/// background services get the host's shutdown time to finish.
/// </summary>
internal static class ServeRunner
{
    public static async Task RunAsync(ServeConfig config, TextWriter log, CancellationToken cancellationToken)
    {
        await using var database = VigieDatabase.Open(config.Database);
        await ClusterMigration.MigrateAsync(database, cancellationToken);
        foreach (var line in await WatchlistSeeds.FileAsync(database, config.Watchlists, TimeProvider.System, cancellationToken))
        {
            await log.WriteLineAsync($"vigie: {line}");
        }

        await using var app = VigieWebHost.Build(config, database, TimeProvider.System);
        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        await log.WriteLineAsync($"vigie: serving on {string.Join(", ", addresses)} (role {config.Role.Name()}, database {Describe(config.Database)})");
        if (config.Role.ServesDashboard())
        {
            await OfferFirstAdminAsync(app, config, addresses.FirstOrDefault(), log, cancellationToken);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM, Ctrl+C or the host itself stopping: a normal end.
        }

        await log.WriteLineAsync("vigie: stopping");
        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>A connection string's password never reaches the log.</summary>
    public static string Describe(string database) =>
        VigieDatabase.IsPostgres(database) ? new Npgsql.NpgsqlConnectionStringBuilder(database) { Password = null }.ToString() : database;

    private static async Task OfferFirstAdminAsync(WebApplication app, ServeConfig config, string? address, TextWriter log, CancellationToken cancellationToken)
    {
        if (await app.Services.GetRequiredService<IUserRepository>().CountAsync(cancellationToken) > 0)
        {
            return;
        }

        var token = app.Services.GetRequiredService<FirstAdminToken>().Issue();
        var site = config.PublicUrl?.ToString().TrimEnd('/') ?? address ?? "";
        await log.WriteLineAsync($"vigie: no user yet: open {site}/setup and give the one-time token {token} (or run 'vigie user add NAME --admin')");
    }
}
