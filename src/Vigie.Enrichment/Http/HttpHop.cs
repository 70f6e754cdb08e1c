namespace Vigie.Enrichment.Http;

/// <summary>One response of a redirect chain: the URL asked, its status and where it sent us.</summary>
internal sealed record HttpHop(Uri Url, int Status, Uri? Location);
