using System.Net;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Exports.Stix;

/// <summary>
/// A STIX 2.1 bundle: per organisation an identity (the producer, every object's created_by_ref); per finding an
/// indicator ([domain-name:value = '…'], valid from first seen), an observed-data holding the domain-name, the
/// ipv4-addr/ipv6-addr it resolved to (its resolves_to_refs) and the url objects of its web server, and the
/// "based-on" relationship from the indicator to that observed-data (§4.7.1). Each observable is written once.
/// </summary>
internal sealed class StixBundleWriter(TimeProvider time) : IExportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(IAsyncEnumerable<ExportedFinding> findings, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("type", "bundle");
        json.WriteString("id", $"bundle--{Uuid5.Create(Uuid5.Vigie, "bundle/" + time.GetUtcNow().UtcTicks)}");
        json.WriteStartArray("objects");
        var written = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in findings.WithCancellation(cancellationToken))
        {
            var identity = StixIds.Identity(item.Organisation.Slug);
            if (written.Add(identity))
            {
                WriteIdentity(json, identity, item.Organisation);
            }

            WriteFinding(json, identity, item, written);
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteIdentity(Utf8JsonWriter json, string id, Organisation organisation)
    {
        var created = StixTime.Truncate(organisation.CreatedAt);
        StartObject(json, "identity", id, created, Later(created, organisation.UpdatedAt));
        json.WriteString("name", organisation.Name);
        json.WriteString("identity_class", "organization");
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, string identity, ExportedFinding item, HashSet<string> written)
    {
        var finding = item.Finding;
        var created = StixTime.Truncate(finding.FirstSeen);
        // modified must not precede created (§3.2); every later change of the finding moves it, so a consumer replaces its copy.
        var modified = Later(created, finding.LastSeen, finding.StateChangedAt, finding.VerdictAt ?? created);
        var indicator = StixIds.Indicator(item.Organisation.Slug, finding.Name);
        var observed = StixIds.ObservedData(item.Organisation.Slug, finding.Name);

        StartObject(json, "indicator", indicator, created, modified, identity);
        json.WriteString("name", $"{finding.Unicode}: look-alike of {finding.Target}");
        json.WriteString("description", finding.Explanation);
        WriteStrings(json, "indicator_types", [Confirmed(finding.State) ? "malicious-activity" : "anomalous-activity"]);
        json.WriteString("pattern", StixPattern.DomainName(finding.Name));
        json.WriteString("pattern_type", "stix");
        json.WriteString("pattern_version", "2.1");
        json.WriteString("valid_from", StixTime.Format(created));
        if (finding.State is TriageState.TakenDown or TriageState.Gone or TriageState.Benign or TriageState.BrandsOwn)
        {
            // valid_until must be later than valid_from (§4.7).
            json.WriteString("valid_until", StixTime.Format(Later(created.AddMilliseconds(1), finding.StateChangedAt)));
        }

        json.WriteNumber("confidence", finding.RiskScore ?? finding.Score);
        if (finding.Techniques.Count > 0)
        {
            WriteStrings(json, "labels", [.. finding.Techniques]);
        }

        json.WriteEndObject();

        var domain = StixIds.Observable("domain-name", finding.Name);
        var addresses = item.Addresses.Select(a => (Type: Family(a), Value: a)).Select(a => (a.Type, a.Value, Id: StixIds.Observable(a.Type, a.Value))).ToList();
        var urls = item.Urls.Select(u => (Value: u, Id: StixIds.Observable("url", u))).ToList();
        foreach (var (type, value, id) in addresses.Where(a => written.Add(a.Id)))
        {
            StartObservable(json, type, id, value);
            json.WriteEndObject();
        }

        foreach (var (value, id) in urls.Where(u => written.Add(u.Id)))
        {
            StartObservable(json, "url", id, value);
            json.WriteEndObject();
        }

        if (written.Add(domain))
        {
            StartObservable(json, "domain-name", domain, finding.Name);
            if (addresses.Count > 0)
            {
                WriteStrings(json, "resolves_to_refs", [.. addresses.Select(a => a.Id)]);
            }

            json.WriteEndObject();
        }

        StartObject(json, "observed-data", observed, created, modified, identity);
        json.WriteString("first_observed", StixTime.Format(created));
        json.WriteString("last_observed", StixTime.Format(Later(created, finding.LastSeen)));
        json.WriteNumber("number_observed", Math.Max(1, finding.Sources.Count));
        WriteStrings(json, "object_refs", [domain, .. addresses.Select(a => a.Id), .. urls.Select(u => u.Id)]);
        json.WriteEndObject();

        StartObject(json, "relationship", StixIds.Relationship("based-on", indicator, observed), created, modified, identity);
        json.WriteString("relationship_type", "based-on");
        json.WriteString("source_ref", indicator);
        json.WriteString("target_ref", observed);
        json.WriteEndObject();
    }

    private static bool Confirmed(TriageState state) => state is TriageState.ConfirmedPhishing or TriageState.TakedownRequested or TriageState.TakenDown;

    private static string Family(string address) =>
        IPAddress.Parse(address).AddressFamily == AddressFamily.InterNetworkV6 ? "ipv6-addr" : "ipv4-addr";

    private static DateTimeOffset Later(DateTimeOffset first, params DateTimeOffset[] others) =>
        StixTime.Truncate(others.Aggregate(first, (a, b) => b > a ? b : a));

    private static void StartObject(Utf8JsonWriter json, string type, string id, DateTimeOffset created, DateTimeOffset modified, string? createdBy = null)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("spec_version", "2.1");
        json.WriteString("id", id);
        if (createdBy is not null)
        {
            json.WriteString("created_by_ref", createdBy);
        }

        json.WriteString("created", StixTime.Format(created));
        json.WriteString("modified", StixTime.Format(modified));
    }

    private static void StartObservable(Utf8JsonWriter json, string type, string id, string value)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("spec_version", "2.1");
        json.WriteString("id", id);
        json.WriteString("value", value);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
