using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Vigie.Enrichment.Browser;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Web.Digest;

namespace Vigie.Benchmarks.Digest;

/// <summary>
/// `-- digest N`: the time and memory to build one digest of N findings that each have a screenshot and the genuine
/// page's (1366×768 PNGs captured by Chromium from generated sign-in pages), on SQLite, pictures shrunk in Chromium as
/// `vigie digest` does (bench/digest/run.sh). Seeding is not timed.
/// </summary>
internal static class DigestBuildBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var folder = Directory.CreateTempSubdirectory("vigie-digest-bench-").FullName;
        try
        {
            var time = TimeProvider.System;
            await using var database = VigieDatabase.Open(Path.Combine(folder, "vigie.db"));
            await Migrator.MigrateAsync(database, CancellationToken.None);
            var store = new FindingsStore(database, time);
            var evidence = new EvidenceStore(Path.Combine(folder, "evidence"), time);
            var organisation = await SeedAsync(store, evidence, count);
            var service = new DigestService(new DigestLoader(store.Findings, store.Observations, evidence),
                new DigestSettings { States = [TriageState.New] }, null, new Uri("https://vigie.example.org/"), time);
            var period = new DigestPeriod(Start, Start.AddDays(7));

            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var build = await service.BuildAsync(organisation, period, "fr", CancellationToken.None);
            var size = DigestMessageBuilder.Measure(build.Body);
            clock.Stop();
            using var self = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"digest of {build.Content.Entries.Count} findings: {clock.Elapsed.TotalSeconds:0.0} s, {build.Content.Entries.Count(e => e.Fake is not null)} with pictures, message {size / 1024} KiB, allocated {(GC.GetTotalAllocatedBytes(precise: true) - before) / (1024 * 1024)} MiB, peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MiB{(build.Warning is null ? "" : "; " + build.Warning)}"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly DateTimeOffset Start = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static async Task<Organisation> SeedAsync(FindingsStore store, EvidenceStore evidence, int count)
    {
        var organisation = await store.Organisations.CreateAsync(new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
        await using var chromium = ChromiumProcess.Start("/usr/bin/chromium");
        await using var cdp = await CdpConnection.OpenAsync(chromium, CancellationToken.None);
        var target = await cdp.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, CancellationToken.None);
        var session = (await cdp.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, null, CancellationToken.None)).GetProperty("sessionId").GetString();
        await cdp.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1366, ["height"] = 768, ["deviceScaleFactor"] = 1, ["mobile"] = false }, session, CancellationToken.None);
        var frame = (await cdp.SendAsync("Page.getFrameTree", null, session, CancellationToken.None)).GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString();
        async Task<byte[]> CaptureAsync(string html)
        {
            await cdp.SendAsync("Page.setDocumentContent", new JsonObject { ["frameId"] = frame, ["html"] = html }, session, CancellationToken.None);
            var shot = await cdp.SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, session, CancellationToken.None);
            return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
        }

        var genuine = await CaptureAsync(Page("#1d4ed8", "en-marche.fr", "Connexion à votre espace"));
        var genuineItem = await evidence.PutAsync("genuine-screenshot", "image/png", genuine, "https://en-marche.fr/login", CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"login{i}-en-marche.fr");
            var recorded = await store.Findings.RecordAsync(
                [new FindingReport(organisation.Id, name, "en-marche.fr", ["combosquatting"], 60 + (i % 40), $"{name} adds 'login{i}' to en-marche.fr", SourceKind.Ct, "bench#" + i, Start.AddMinutes(i * 30), true)],
                CancellationToken.None);
            // Each fake page differs (its own colour and text), so every screenshot is its own object to shrink.
            var fake = await CaptureAsync(Page($"hsl({i * 37 % 360},60%,40%)", name, $"Vérification de sécurité n° {i}"));
            var item = await evidence.PutAsync("screenshot", "image/png", fake, "https://" + name + "/", CancellationToken.None);
            await store.Observations.AddAsync(recorded[0].FindingId, new ObservationDraft(ObservationKind.Screenshot, Start.AddMinutes(i * 30 + 5), "a sign-in form",
                """{"genuine":"https://en-marche.fr/login","similarity":0.9}""", [item, genuineItem], null), CancellationToken.None);
        }

        return organisation;
    }

    private static string Page(string colour, string site, string title) =>
        $"<!doctype html><body style=\"margin:0;font-family:sans-serif;background:#f4f5f7\"><div style=\"background:{colour};color:#fff;padding:24px 40px;font-size:28px\">{site}</div>"
        + $"<div style=\"width:420px;margin:60px auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 12px #0002\"><h1 style=\"font-size:24px\">{title}</h1>"
        + "<p>Adresse e-mail</p><div style=\"border:1px solid #bbb;height:36px\"></div><p>Mot de passe</p><div style=\"border:1px solid #bbb;height:36px\"></div>"
        + $"<div style=\"margin-top:24px;background:{colour};color:#fff;text-align:center;padding:12px\">Se connecter</div></div></body>";
}
