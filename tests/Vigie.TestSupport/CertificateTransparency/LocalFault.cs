namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>What the local CT log does instead of answering properly.</summary>
public enum LocalFault
{
    /// <summary>HTTP 429 with "Retry-After: 0".</summary>
    TooManyRequests,

    /// <summary>HTTP 500.</summary>
    ServerError,

    /// <summary>HTTP 503 with "Retry-After: 1".</summary>
    Unavailable,

    /// <summary>HTTP 200 with the body cut in half.</summary>
    Truncated,

    /// <summary>HTTP 404, as for a tile not written yet.</summary>
    NotFound,
}
