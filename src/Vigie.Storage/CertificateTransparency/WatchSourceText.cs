using Vigie.Storage.Findings;

namespace Vigie.Storage.CertificateTransparency;

/// <summary>
/// A watch finding's source as `vigie watch` prints it ("ct:LOG_NAME#INDEX", "nrd:LIST:LINE"), as a finding source:
/// the kind, and the detail with the CT log named by its id ("LOG_ID#INDEX") when the id is known.
/// </summary>
internal static class WatchSourceText
{
    public static (SourceKind Kind, string Detail) Parse(string source, string? logId)
    {
        if (source.StartsWith("ct:", StringComparison.Ordinal))
        {
            var hash = source.LastIndexOf('#');
            return (SourceKind.Ct, logId is not null && hash > 3 ? logId + source[hash..] : source[3..]);
        }

        return source.StartsWith("nrd:", StringComparison.Ordinal) ? (SourceKind.Nrd, source[4..]) : (SourceKind.Manual, source);
    }

    /// <summary>The log name in "ct:LOG_NAME#INDEX", or null for another kind of source.</summary>
    public static string? LogName(string source)
    {
        var hash = source.LastIndexOf('#');
        return source.StartsWith("ct:", StringComparison.Ordinal) && hash > 3 ? source[3..hash] : null;
    }
}
