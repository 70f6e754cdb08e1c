namespace Vigie.Enrichment.Rdap;

/// <summary>Who holds an IP address, from RDAP (RFC 9083 §5.4): the network's name and handle, its range and its abuse address.</summary>
internal sealed record HostingNetwork(string Address, string Server, string? Name, string? Handle, string? Range, string? AbuseEmail);
