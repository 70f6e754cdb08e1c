using System.Text.Json;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>Turns a get-entries body into entries numbered from the requested start (the answer carries no indices).</summary>
internal static class GetEntriesParser
{
    public static List<CtEntry> Parse(ReadOnlySpan<byte> json, long start)
    {
        GetEntriesResponse? response;
        try
        {
            response = JsonSerializer.Deserialize(json, CtJsonContext.Default.GetEntriesResponse);
        }
        catch (JsonException e)
        {
            throw new CtFormatException($"get-entries answer is not valid JSON: {e.Message}", e);
        }

        if (response?.Entries is null)
        {
            throw new CtFormatException("get-entries answer has no \"entries\" array");
        }

        var entries = new List<CtEntry>(response.Entries.Count);
        foreach (var item in response.Entries)
        {
            var index = start + entries.Count;
            if (item.LeafInput is null)
            {
                throw new CtFormatException($"entry {index}: no leaf_input");
            }

            entries.Add(MerkleTreeLeafParser.ParseLeafInput(item.LeafInput, index));
        }

        return entries;
    }
}
