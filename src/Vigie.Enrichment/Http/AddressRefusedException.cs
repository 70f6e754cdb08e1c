namespace Vigie.Enrichment.Http;

/// <summary>A host led to an address the <see cref="AddressPolicy"/> forbids; nothing was sent to it.</summary>
internal sealed class AddressRefusedException(string message) : Exception(message);
