using System.Globalization;
using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>Spellings shared by the writers: status and change words, times, multi-valued fields.</summary>
internal static class ScanText
{
    public static string Status(ScanRow row) => StatusText.Format(row.Status);

    public static string Change(ScanRow row) => row.Change is { } c ? ChangeText.Format(c) : "";

    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    /// <summary>Several values in one field, separated by ";" as dnstwist's CSV does.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(';', values);
}
