using Microsoft.AspNetCore.Http;

namespace Vigie.Web.Localization;

/// <summary>
/// The language of a page: the user's own choice (the preference form sets <see cref="CookieName"/>, and the
/// signed-in user's stored preference is copied into it at sign-in), else the browser's Accept-Language, else English.
/// </summary>
internal static class RequestLanguage
{
    public const string CookieName = "vigie.lang";

    public static string Of(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var chosen) && Texts.Languages.Contains(chosen))
        {
            return chosen;
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in accepted.OrderByDescending(l => l.Quality ?? 1.0))
        {
            var tag = language.Value.Value ?? string.Empty;
            var primary = tag.Split('-')[0].ToLowerInvariant();
            if (Texts.Languages.Contains(primary))
            {
                return primary;
            }
        }

        return "en";
    }

    public static void Remember(HttpResponse response, string language, bool secure) =>
        response.Cookies.Append(CookieName, language, new CookieOptions
        {
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
}
