using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Vigie.Web.Security;

/// <summary>
/// Every state-changing request made with the sign-in cookie must carry the antiforgery token (a form field, or the
/// X-CSRF-TOKEN header for scripts), whatever its endpoint: a form added later cannot forget it. Requests carrying a
/// Bearer token are exempt, since a browser never attaches that header on its own.
/// </summary>
internal static class AntiforgeryCheck
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string FieldName = "__csrf";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && !HttpMethods.IsOptions(context.Request.Method) && !ApiTokenAuthentication.HasBearer(context.Request))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("The form has expired or did not come from this site: reload the page and try again.", context.RequestAborted);
                return;
            }
        }

        await next(context);
    }
}
