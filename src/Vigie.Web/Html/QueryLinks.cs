using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Vigie.Web.Html;

/// <summary>The current query string with some parameters replaced (null removes one), for sort and page links.</summary>
internal static class QueryLinks
{
    public static string With(IQueryCollection query, Dictionary<string, string?> changes)
    {
        var builder = new QueryBuilder();
        foreach (var (name, values) in query)
        {
            if (!changes.ContainsKey(name))
            {
                foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
                {
                    builder.Add(name, value!);
                }
            }
        }

        foreach (var (name, value) in changes)
        {
            if (value is not null)
            {
                builder.Add(name, value);
            }
        }

        return builder.ToQueryString().Value ?? string.Empty;
    }
}
