namespace Vigie.Enrichment.Dns;

/// <summary>
/// A sweep stopped because the name servers answered none of its last names (<see cref="DnsSweep"/>): they are down
/// or unreachable, and every further name would only come back "unknown" after the whole timeout.
/// </summary>
internal sealed class NameServersSilentException(int names, string? reason)
    : Exception($"the name servers did not answer {names} names in a row ({reason ?? "no answer"}); is the resolver running and reachable?");
