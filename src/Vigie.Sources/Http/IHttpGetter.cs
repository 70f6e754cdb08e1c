namespace Vigie.Sources.Http;

/// <summary>
/// The one network seam of the sources: a GET that returns status, body and Retry-After instead of throwing
/// on HTTP errors, so callers decide what a 404, a 429 or a 503 means. Transport failures still throw
/// <see cref="HttpRequestException"/>. Tests replace it or point it at a loopback server.
/// </summary>
internal interface IHttpGetter
{
    Task<HttpAnswer> GetAsync(Uri uri, CancellationToken cancel);
}
