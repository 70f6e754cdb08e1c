namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>The time zone an organisation's sweeps are scheduled in.</summary>
internal static class OrganisationZone
{
    public static TimeZoneInfo Of(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc; // checked when the organisation was saved; a system without the zone falls back to UTC
        }
    }
}
