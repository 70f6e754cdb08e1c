namespace Vigie.Exports.Tests.Support;

/// <summary>
/// A recogniser for the STIX 2.1 patterning grammar (STIX 2.1 §9, the ANTLR grammar of the OASIS pattern validator),
/// for the parts exports and the OASIS examples use: observation expressions in brackets joined by AND, OR and
/// FOLLOWEDBY, comparisons joined by AND and OR, object paths (type:property[.property]) with =, !=, &lt;, &gt;, &lt;=,
/// &gt;=, LIKE, MATCHES, IN and ISSUBSET/ISSUPERSET, string literals in single quotes with \' and \\ escapes, numbers,
/// booleans, t'…' timestamps and h'…'/b'…' literals, and the WITHIN/START…STOP qualifiers.
/// </summary>
internal sealed class StixPatternGrammar
{
    private readonly string text;
    private int at;

    private StixPatternGrammar(string text) => this.text = text;

    /// <summary>Whether <paramref name="pattern"/> is a whole pattern; the error says where it stops being one.</summary>
    public static (bool Valid, string? Error) Check(string pattern)
    {
        var parser = new StixPatternGrammar(pattern);
        try
        {
            parser.Observations();
            parser.Space();
            return parser.at == pattern.Length ? (true, null) : (false, $"unexpected '{pattern[parser.at..]}'");
        }
        catch (FormatException e)
        {
            return (false, e.Message);
        }
    }

    private void Observations()
    {
        do
        {
            Space();
            if (Take("("))
            {
                Observations();
                Expect(")");
            }
            else
            {
                Expect("[");
                Comparisons();
                Expect("]");
            }

            Qualifiers();
        }
        while (Keyword("AND") || Keyword("OR") || Keyword("FOLLOWEDBY"));
    }

    private void Comparisons()
    {
        do
        {
            Space();
            if (Take("("))
            {
                Comparisons();
                Expect(")");
                continue;
            }

            Keyword("NOT");
            ObjectPath();
            if (!(Take("!=") || Take("<=") || Take(">=") || Take("=") || Take("<") || Take(">") || Keyword("LIKE") || Keyword("MATCHES")
                || Keyword("ISSUBSET") || Keyword("ISSUPERSET")))
            {
                if (!Keyword("IN"))
                {
                    throw new FormatException($"no comparison operator at {at}");
                }

                Expect("(");
                do
                {
                    Literal();
                }
                while (Take(","));
                Expect(")");
                continue;
            }

            Literal();
        }
        while (Keyword("AND") || Keyword("OR"));
    }

    private void ObjectPath()
    {
        Space();
        var start = at;
        while (at < text.Length && (char.IsAsciiLetterLower(text[at]) || char.IsAsciiDigit(text[at]) || text[at] == '-'))
        {
            at++;
        }

        if (at == start || !Take(":"))
        {
            throw new FormatException($"no object type at {start}");
        }

        do
        {
            var property = at;
            if (Take("'"))
            {
                at--;
                Literal();
            }

            while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '_' or '-' or '[' or ']' or '*'))
            {
                at++;
            }

            if (at == property)
            {
                throw new FormatException($"no property at {at}");
            }
        }
        while (Take("."));
    }

    private void Literal()
    {
        Space();
        if (Take("t'") || Take("h'") || Take("b'") || Take("'"))
        {
            while (at < text.Length && text[at] != '\'')
            {
                if (text[at] == '\\')
                {
                    at++;
                    if (at >= text.Length || text[at] is not ('\'' or '\\'))
                    {
                        throw new FormatException($"bad escape at {at}");
                    }
                }

                at++;
            }

            Expect("'");
            return;
        }

        var start = at;
        while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '.' or '-' or '+'))
        {
            at++;
        }

        if (at == start)
        {
            throw new FormatException($"no literal at {at}");
        }
    }

    private void Qualifiers()
    {
        while (true)
        {
            if (Keyword("WITHIN"))
            {
                Literal();
                Expect("SECONDS");
            }
            else if (Keyword("START"))
            {
                Literal();
                Expect("STOP");
                Literal();
            }
            else if (Keyword("REPEATS"))
            {
                Literal();
                Expect("TIMES");
            }
            else
            {
                return;
            }
        }
    }

    private bool Keyword(string word)
    {
        Space();
        if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && (at + word.Length == text.Length || !char.IsAsciiLetter(text[at + word.Length])))
        {
            at += word.Length;
            return true;
        }

        return false;
    }

    private bool Take(string token)
    {
        Space();
        if (string.CompareOrdinal(text, at, token, 0, token.Length) == 0)
        {
            at += token.Length;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Take(token))
        {
            throw new FormatException($"expected '{token}' at {at}");
        }
    }

    private void Space()
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }
}
