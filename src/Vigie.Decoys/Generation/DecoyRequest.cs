namespace Vigie.Decoys.Generation;

/// <summary>What to generate: how many, for which mail domain, in which address pattern and language, for which finding.</summary>
internal sealed record DecoyRequest(string Domain, int Count, AddressPattern Pattern, string Language, long? FindingId)
{
    public const int MaxCount = 10_000;
}
