namespace Vigie.Core.Matching;

/// <summary>One raw finding of the per-name scan, turned into a <see cref="Match"/> only when the name is worth it.</summary>
/// <param name="Key">Index into the matcher's keys.</param>
/// <param name="Kind">Where and how it was found.</param>
/// <param name="Start">Start of the matched text in the scanned name.</param>
/// <param name="End">End (exclusive) of the matched text.</param>
/// <param name="Distance">Edits between the matched text and the key (0 for exact).</param>
internal readonly record struct Hit(int Key, HitKind Kind, int Start, int End, int Distance);
