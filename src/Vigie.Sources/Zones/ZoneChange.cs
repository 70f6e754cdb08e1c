namespace Vigie.Sources.Zones;

/// <summary>A name that appeared in (Added) or disappeared from (Removed) a zone between two days.</summary>
internal sealed record ZoneChange(string Name, bool Added);
