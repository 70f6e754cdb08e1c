using System.Text;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;

namespace Vigie.Web.Tests.Support;

/// <summary>
/// The findings of a campaign's lab: onedrive-en-marche.fr investigated (DNS, RDAP, HTTP, TLS, screenshot compared
/// with the genuine page, verdict, evidence manifest), and two look-alikes only swept.
/// </summary>
internal static class LabFindings
{
    public const string Clone = "onedrive-en-marche.fr";

    public static async Task<long> SeedAsync(WebTestHost host, byte[] genuinePng, byte[] copyPng, string copyHtml)
    {
        var organisation = await Seed.OrganisationAsync(host);
        await Seed.FindingAsync(host, organisation.Id, "en-marhce.fr", "en-marche.fr", 72, "transposition", day: 1);
        await Seed.FindingAsync(host, organisation.Id, "xn--en-march-i1a.fr", "en-marche.fr", 84, "homoglyph", SourceKind.Nrd, day: 2, live: false);
        var id = await Seed.FindingAsync(host, organisation.Id, Clone, "en-marche.fr", 95, "dot-to-hyphen", SourceKind.Ct);

        var store = host.Service<EvidenceStore>();
        var none = CancellationToken.None;
        var shot = await store.PutAsync("screenshot", "image/png", copyPng, $"https://{Clone}/", none);
        var genuine = await store.PutAsync(Web.Findings.FindingDetails.GenuineScreenshot, "image/png", genuinePng, "https://en-marche.fr/login", none);
        var html = await store.PutAsync("rendered-html", "text/html", Encoding.UTF8.GetBytes(copyHtml), $"https://{Clone}/", none);
        await store.SaveManifestAsync(new EvidenceManifest(Clone, Seed.Start.AddMinutes(15), new Dictionary<string, string> { ["verdict"] = "phishing" }, [shot, genuine, html]), none);

        await Seed.ObservationAsync(host, id, ObservationKind.Dns, "A 192.0.2.80; MX none; NS ns1.lab.example", """{"a":["192.0.2.80"]}""", minutes: 10);
        await Seed.ObservationAsync(host, id, ObservationKind.Rdap, "registered 2026-11-19 by Lab Registrar, abuse@lab-registrar.example", "{}", minutes: 11);
        await Seed.ObservationAsync(host, id, ObservationKind.Http, $"200 https://{Clone}/ (after 302 from http://{Clone}/)", "{}", minutes: 12);
        await Seed.ObservationAsync(host, id, ObservationKind.Tls, $"certificate for {Clone} by Lab CA, valid 2026-11-19 to 2027-02-17", "{}", minutes: 13);
        await Seed.ObservationAsync(host, id, ObservationKind.Screenshot, "a sign-in form asking for a password; 93% like the genuine page",
            """{"genuine":"https://en-marche.fr/login","similarity":0.93}""", [shot, genuine, html], minutes: 14);
        await Seed.ObservationAsync(host, id, ObservationKind.Verdict, "phishing (score 92): copy of the genuine sign-in page on a look-alike name", "{}", verdict: new FindingVerdict("phishing", 92), minutes: 15);
        return id;
    }
}
