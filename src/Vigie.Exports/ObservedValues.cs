using System.Net;
using System.Text.Json;

namespace Vigie.Exports;

/// <summary>
/// The addresses and URLs in a finding's observation payloads. DNS payloads come in two shapes: a sweep's
/// {"records": {"A": […], "AAAA": […]}} and an investigation's {"addresses": […]}; HTTP payloads are the
/// investigation's chain {"requested_url", "redirects", "final_url", "status"}, kept only when the server answered.
/// </summary>
internal sealed class ObservedValues
{
    private readonly List<string> addresses = [];
    private readonly List<string> urls = [];

    public IReadOnlyList<string> Addresses => addresses;

    public IReadOnlyList<string> Urls => urls;

    public void Add(string kind, string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (kind == "dns")
            {
                AddAddresses(root.TryGetProperty("records", out var records) && records.ValueKind == JsonValueKind.Object ? records : default, "A", "AAAA");
                AddAddresses(root, "addresses");
            }
            else if (kind == "http" && root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number && status.GetInt32() > 0)
            {
                AddUrls(root, "requested_url", "redirects", "final_url");
            }
        }
        catch (JsonException)
        {
            // An observation written by an older Vigie with another shape adds nothing rather than stopping the export.
        }
    }

    private void AddAddresses(JsonElement owner, params string[] properties)
    {
        foreach (var text in Strings(owner, properties))
        {
            if (IPAddress.TryParse(text, out var address) && !addresses.Contains(address.ToString()))
            {
                addresses.Add(address.ToString());
            }
        }
    }

    private void AddUrls(JsonElement owner, params string[] properties)
    {
        foreach (var text in Strings(owner, properties))
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && !urls.Contains(url.AbsoluteUri))
            {
                urls.Add(url.AbsoluteUri);
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement owner, string[] properties)
    {
        if (owner.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in properties)
        {
            if (!owner.TryGetProperty(property, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                yield return value.GetString()!;
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String))
                {
                    yield return item.GetString()!;
                }
            }
        }
    }
}
