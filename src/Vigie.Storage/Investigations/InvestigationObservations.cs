using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigie.Enrichment.Investigation;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;

namespace Vigie.Storage.Investigations;

/// <summary>
/// One investigation as observations of its finding, all at the investigation's start time: DNS (addresses and mail
/// exchangers), HTTP (the chain, with headers and page as evidence), TLS (certificates), RDAP (registration),
/// screenshot (with its images), and the verdict, whose payload is the whole `vigie investigate --format json` object.
/// </summary>
internal static class InvestigationObservations
{
    private static readonly InvestigateJsonContext Compact = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });

    public static IReadOnlyList<ObservationDraft> Create(InvestigationReport report, InvestigateJson json, IReadOnlyList<EvidenceItem> evidence)
    {
        var at = report.StartedAt;
        List<EvidenceItem> Of(params string[] kinds) => [.. evidence.Where(e => kinds.Contains(e.Kind))];
        var observations = new List<ObservationDraft>
        {
            new(ObservationKind.Dns, at, Summary("addresses", json.Addresses) + "; " + Summary("mail exchangers", json.MailExchangers),
                Object(w => { Strings(w, "addresses", json.Addresses); Strings(w, "mail_exchangers", json.MailExchangers); }), []),
        };
        if (json.Http is { } http)
        {
            observations.Add(new(ObservationKind.Http, at, http.Error ?? string.Create(CultureInfo.InvariantCulture, $"{http.Status} {http.FinalUrl}"),
                JsonSerializer.Serialize(http, Compact.InvestigateHttpJson), Of("headers", "html", "download")));
            if (http.Certificates.Count > 0)
            {
                observations.Add(new(ObservationKind.Tls, at, $"{http.Certificates[0].Subject}, issued by {http.Certificates[0].Issuer}",
                    JsonSerializer.Serialize(http.Certificates, Compact.IReadOnlyListInvestigateCertificateJson), Of("certificate")));
            }
        }

        if (json.Registration is { } registration)
        {
            observations.Add(new(ObservationKind.Rdap, at, $"{registration.Registrar ?? "registrar unknown"}, created {registration.Created:yyyy-MM-dd}",
                JsonSerializer.Serialize(registration, Compact.InvestigateRegistrationJson), []));
        }
        else if (json.RegistrationError is { } error)
        {
            observations.Add(new(ObservationKind.Rdap, at, error, Object(w => w.WriteString("error", error)), []));
        }

        if (json.ScreenshotSha256 is not null || json.ScreenshotError is not null)
        {
            observations.Add(new(ObservationKind.Screenshot, at, json.ScreenshotError ?? (json.Title is { } title ? $"screenshot of \"{title}\"" : "screenshot"),
                Object(w =>
                {
                    w.WriteString("sha256", json.ScreenshotSha256);
                    w.WriteString("error", json.ScreenshotError);
                    if (report.Comparison is { } comparison)
                    {
                        // The genuine page compared with and the similarity from 0 to 1: the finding page shows both beside the captures.
                        w.WriteString("genuine", comparison.Genuine.ToString());
                        w.WriteNumber("similarity", Math.Round(comparison.Similarity, 3));
                    }
                }),
                Of("screenshot", "screenshot-full-page", "rendered-html", InvestigationEvidence.GenuineScreenshotKind)));
        }

        observations.Add(new(ObservationKind.Verdict, at, $"{json.Verdict}, risk {json.Score}: {string.Join("; ", json.Reasons)}",
            JsonSerializer.Serialize(json, Compact.InvestigateJson), [], new FindingVerdict(json.Verdict, json.Score)));
        return observations;
    }

    private static string Summary(string what, IReadOnlyList<string> values) => values.Count == 0 ? $"no {what}" : string.Join(", ", values);

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Object(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
