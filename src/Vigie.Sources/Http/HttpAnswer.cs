namespace Vigie.Sources.Http;

/// <summary>An HTTP answer: status code, body (gzip already removed when the server used Content-Encoding), Retry-After if sent.</summary>
internal sealed record HttpAnswer(int Status, byte[] Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
