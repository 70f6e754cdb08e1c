namespace Vigie.Web.Html;

/// <summary>Markup already made safe (built by an <see cref="HtmlBuilder"/>); interpolated as is.</summary>
internal readonly record struct HtmlFragment(string Markup)
{
    public static HtmlFragment Empty { get; } = new(string.Empty);
}
