using System.Net;

namespace Vigie.Enrichment.Http;

/// <summary>One address the guard considered for a host: dialled (<see cref="Refusal"/> null) or refused, and why.</summary>
internal sealed record ConnectAttempt(string Host, int Port, IPAddress Address, string? Refusal)
{
    public bool Refused => Refusal is not null;
}
