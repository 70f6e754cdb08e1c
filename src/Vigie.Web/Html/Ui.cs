using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Web.Localization;
using Vigie.Web.Security;

namespace Vigie.Web.Html;

/// <summary>What every page needs from its request: the language and its texts, who is signed in, the antiforgery token.</summary>
internal sealed class Ui
{
    private readonly HttpContext context;
    private string? csrf;

    private Ui(HttpContext context, string language)
    {
        this.context = context;
        Language = language;
    }

    public string Language { get; }

    public ClaimsPrincipal User => context.User;

    public string UserName => User.Identity?.Name ?? string.Empty;

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public bool CanTriage => User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.Admin);

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public string Path => context.Request.Path.Value ?? "/";

    public string PathAndQuery => Path + context.Request.QueryString.Value;

    /// <summary>The hidden field every form carries (<see cref="AntiforgeryCheck"/>).</summary>
    public HtmlFragment CsrfField => new HtmlBuilder()
        .Append($"<input type=\"hidden\" name=\"{AntiforgeryCheck.FieldName}\" value=\"{CsrfToken}\">").ToFragment();

    private string CsrfToken => csrf ??= context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken ?? string.Empty;

    public static Ui For(HttpContext context) => new(context, RequestLanguage.Of(context));

    public string T(string key) => Texts.Shared.Get(Language, key);

    /// <summary>A text of the digest's own resources (Digest/DigestTexts.resx), for its dashboard page.</summary>
    public string TDigest(string key) => Texts.Digest.Get(Language, key);

    public string Date(DateTimeOffset? when) => when is { } w
        ? w.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC"
        : "—";
}
