using System.Text.Json;

namespace Vigie.Enrichment.Browser;

/// <summary>A DevTools protocol event: its method, the session it belongs to ("" for the browser) and its parameters.</summary>
internal sealed record CdpEvent(string Method, string SessionId, JsonElement Params);
