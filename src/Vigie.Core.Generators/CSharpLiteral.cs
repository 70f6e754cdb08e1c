using System.Globalization;
using System.Text;

namespace Vigie.Core.Generators;

/// <summary>Constant data written as C# the compiler stores as-is in the assembly (no code runs to build it).</summary>
internal static class CSharpLiteral
{
    /// <summary>A collection expression of ints, for a <c>ReadOnlySpan&lt;int&gt;</c> property over constant data.</summary>
    public static string Ints(IEnumerable<int> values) =>
        "[" + string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>A UTF-8 string literal ("…"u8) of bytes below 0x80; control bytes escaped.</summary>
    public static string Utf8(IEnumerable<byte> bytes)
    {
        var sb = new StringBuilder("\"");
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                throw new ArgumentException("a u8 literal holds only bytes below 0x80 one for one", nameof(bytes));
            }

            AppendChar(sb, (char)b);
        }

        return sb.Append("\"u8").ToString();
    }

    /// <summary>A string literal; everything but plain printable ASCII escaped as \uXXXX.</summary>
    public static string String(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            AppendChar(sb, c);
        }

        return sb.Append('"').ToString();
    }

    private static void AppendChar(StringBuilder sb, char c)
    {
        if (c is >= ' ' and <= '~' and not '"' and not '\\')
        {
            sb.Append(c);
        }
        else
        {
            sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
    }
}
