using System.Globalization;
using System.Text.Json;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The RFC 6962 §4 calls Vigie needs, each parsed and checked.</summary>
internal sealed class Rfc6962Client(LogHttp http)
{
    public CtLog Log => http.Log;

    /// <summary>get-sth (§4.3), its signature checked with the log's key.</summary>
    public async Task<SignedTreeHead> GetSthAsync(CancellationToken cancel)
    {
        var (head, signature) = await http.GetAsync("ct/v1/get-sth", ParseSth, cancel)
            ?? throw new CtLogException($"log {Log.Name}: get-sth answered 404");
        if (!TreeHeadSignature.Verify(Log.Key, head, signature))
        {
            throw new CtLogException($"log {Log.Name}: STH of size {head.TreeSize} has a signature that does not verify with the log's key");
        }

        return head;
    }

    /// <summary>get-entries (§4.6) for [start, end]; the log may return fewer, never zero for a range inside the tree.</summary>
    public async Task<List<CtEntry>> GetEntriesAsync(long start, long end, CancellationToken cancel)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"ct/v1/get-entries?start={start}&end={end}");
        return await http.GetAsync(path, body => NonEmpty(GetEntriesParser.Parse(body, start)), cancel)
            ?? throw new CtLogException($"log {Log.Name}: get-entries answered 404");
    }

    /// <summary>get-sth-consistency (§4.4) between two tree sizes.</summary>
    public async Task<IReadOnlyList<byte[]>> GetConsistencyAsync(long first, long second, CancellationToken cancel)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"ct/v1/get-sth-consistency?first={first}&second={second}");
        var proof = await http.GetAsync(path, ParseConsistency, cancel)
            ?? throw new CtLogException($"log {Log.Name}: get-sth-consistency answered 404");
        return proof;
    }

    private static List<CtEntry> NonEmpty(List<CtEntry> entries) =>
        entries.Count > 0 ? entries : throw new CtFormatException("get-entries answered no entries");

    private static Tuple<SignedTreeHead, byte[]> ParseSth(byte[] body)
    {
        SignedTreeHeadJson? sth;
        try
        {
            sth = JsonSerializer.Deserialize(body, CtJsonContext.Default.SignedTreeHeadJson);
        }
        catch (JsonException e)
        {
            throw new CtFormatException($"get-sth answer is not valid JSON: {e.Message}", e);
        }

        if (sth?.RootHash is not { Length: 32 } root || sth.Signature is null || sth.TreeSize < 0)
        {
            throw new CtFormatException("get-sth answer lacks a tree size, 32-byte root hash or signature");
        }

        return Tuple.Create(new SignedTreeHead(sth.TreeSize, sth.Timestamp, root), sth.Signature);
    }

    private static IReadOnlyList<byte[]> ParseConsistency(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, CtJsonContext.Default.ConsistencyResponse)?.Consistency
                ?? throw new CtFormatException("get-sth-consistency answer has no \"consistency\"");
        }
        catch (JsonException e)
        {
            throw new CtFormatException($"get-sth-consistency answer is not valid JSON: {e.Message}", e);
        }
    }
}
