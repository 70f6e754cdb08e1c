using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Vigie.Web.Html;

/// <summary>
/// Writes a page as text. Every value interpolated into <see cref="Append(ref HtmlHandler)"/> is HTML-encoded unless
/// it is already an <see cref="HtmlFragment"/>, so a finding name, a watchlist or a captured title can never become
/// markup: the literal parts of the template are the only raw HTML.
/// </summary>
internal sealed class HtmlBuilder
{
    /// <summary>Encodes markup characters only; French and IDN text stays readable in the page source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder text = new(8 * 1024);

    public HtmlBuilder Append([InterpolatedStringHandlerArgument("")] ref HtmlHandler handler) => this;

    public HtmlBuilder Append(HtmlFragment fragment)
    {
        text.Append(fragment.Markup);
        return this;
    }

    public HtmlBuilder Encoded(string? value)
    {
        text.Append(Encoder.Encode(value ?? string.Empty));
        return this;
    }

    public HtmlFragment ToFragment() => new(text.ToString());

    public override string ToString() => text.ToString();

    internal void AppendRaw(string markup) => text.Append(markup);

    [InterpolatedStringHandler]
    internal ref struct HtmlHandler
    {
        private readonly HtmlBuilder builder;

        public HtmlHandler(int literalLength, int formattedCount, HtmlBuilder builder)
        {
            _ = literalLength;
            _ = formattedCount;
            this.builder = builder;
        }

        public readonly void AppendLiteral(string value) => builder.AppendRaw(value);

        public readonly void AppendFormatted(HtmlFragment value) => builder.AppendRaw(value.Markup);

        public readonly void AppendFormatted(string? value) => builder.Encoded(value);

        public readonly void AppendFormatted<T>(T value, string? format = null)
            where T : IFormattable => builder.Encoded(value.ToString(format, System.Globalization.CultureInfo.InvariantCulture));
    }
}
