namespace Vigie.Storage.Findings;

/// <summary>The orders the findings list offers; ties are broken by id, so pages never overlap.</summary>
internal enum FindingSort
{
    Score,
    FirstSeen,
    LastSeen,
    Name,
}
