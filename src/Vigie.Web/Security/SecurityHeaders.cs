using Microsoft.AspNetCore.Http;

namespace Vigie.Web.Security;

/// <summary>
/// Headers on every response, errors included. The pages carry no script at all and no inline style, so the CSP
/// allows only this origin's images and style sheet; frame-ancestors 'none' (CSP Level 2) and X-Frame-Options stop
/// clickjacking; nosniff stops a browser from reading an evidence download as HTML; no-referrer keeps the dashboard's
/// address from the look-alike sites its links point to.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Apply(IHeaderDictionary headers)
    {
        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            // An evidence file sets a stricter one of its own (sandbox).
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        if (!headers.ContainsKey("Cache-Control"))
        {
            // Pages show who is being phished and by whom: no shared or back-button cache keeps them.
            headers.CacheControl = "no-store";
        }
    }

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context.Response.Headers);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
