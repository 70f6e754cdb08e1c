using System.Globalization;
using Vigie.Storage.Organisations;

namespace Vigie.Web.Digest;

/// <summary>Everything one digest says, in one language, before it is written as HTML and text.</summary>
internal sealed record DigestContent(
    Organisation Organisation,
    DigestPeriod Period,
    string Language,
    TimeZoneInfo Zone,
    IReadOnlyList<DigestEntry> Entries,
    string Contact,
    Uri? Dashboard,
    SpotTheFake? Quiz,
    string UnsubscribeAddress)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public DigestCounts Counts => DigestCounts.Of(Entries);

    public string T(string key) => Localization.Texts.Digest.Get(Language, key);

    public string T(string key, params object[] values) => string.Format(Culture, T(key), values);

    public string Date(DateTime day) => day.ToString("D", Culture);

    /// <summary>The link to the week's findings on the dashboard, when `public_url` says where it is.</summary>
    public Uri? WeekOnDashboard => Dashboard is null ? null
        : new Uri(Dashboard, string.Create(CultureInfo.InvariantCulture, $"findings?org={Organisation.Id}&from={Period.FirstDay(Zone):yyyy-MM-dd}&to={Period.LastDay(Zone):yyyy-MM-dd}&sort=score"));

    /// <summary>"Tip of the week": one of the tips in turn, by week number.</summary>
    public string Tip => T("Tip." + (ISOWeek.GetWeekOfYear(Period.FirstDay(Zone)) % 4).ToString(CultureInfo.InvariantCulture));
}
