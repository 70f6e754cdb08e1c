using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;
using Vigie.TestSupport;
using Vigie.Web.Accounts;
using Vigie.Web.Hosting;

namespace Vigie.Web.Tests.Support;

/// <summary>
/// The real `vigie serve` host (<see cref="VigieWebHost"/>) on a free loopback port, over a fresh SQLite file or a
/// fresh database of the test run's PostgreSQL, with helpers to add users and to sign in as they would.
/// </summary>
internal sealed partial class WebTestHost : IAsyncDisposable
{
    private readonly TempFolder folder;
    private readonly VigieDatabase database;

    private WebTestHost(TempFolder folder, VigieDatabase database, WebApplication app, Uri baseAddress, ServeConfig config)
    {
        this.folder = folder;
        this.database = database;
        App = app;
        BaseAddress = baseAddress;
        Config = config;
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public ServeConfig Config { get; }

    public static async Task<WebTestHost> StartAsync(string kind, PostgresServer postgres, Func<ServeConfig, ServeConfig>? configure = null)
    {
        var folder = new TempFolder();
        var location = kind == "postgres" ? await postgres.CreateDatabaseAsync() : folder.File("vigie.db");
        var config = ServeConfig.Defaults(folder.Path) with { Database = location, Listen = ["http://127.0.0.1:0"] };
        config = configure?.Invoke(config) ?? config;
        var database = VigieDatabase.Open(location);
        await Migrator.MigrateAsync(database, CancellationToken.None);
        var app = VigieWebHost.Build(config, database, TimeProvider.System);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebTestHost(folder, database, app, new Uri(address.TrimEnd('/') + "/"), config);
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async Task<User> AddUserAsync(string name, string password, UserRole role) =>
        await Service<IUserRepository>().CreateAsync(name, Passwords.Hash(Service<IPasswordHasher<User>>(), password), role, null, CancellationToken.None);

    /// <summary>A client that keeps cookies and does not follow redirects, as the tests want to see them.</summary>
    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = BaseAddress,
    };

    /// <summary>The antiforgery token of the form on <paramref name="path"/> (the client keeps its cookie).</summary>
    public static async Task<string> CsrfAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        return CsrfField().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no antiforgery field on {path}");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string csrfFrom, params (string Name, string Value)[] fields)
    {
        var token = await CsrfAsync(client, csrfFrom);
        var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("__csrf", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(path, form);
    }

    public async Task<HttpClient> SignedInAsync(string name, string password)
    {
        var client = Client();
        var response = await PostFormAsync(client, "/signin", "/signin", ("name", name), ("password", password), ("returnUrl", "/findings"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await database.DisposeAsync();
        folder.Dispose();
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
