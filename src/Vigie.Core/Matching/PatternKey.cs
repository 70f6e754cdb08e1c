namespace Vigie.Core.Matching;

/// <summary>
/// What the automaton's sink needs of the key behind a pattern, kept beside the pattern: every occurrence in every
/// name (service and combo words turn up in most) is classified from it without fetching the <see cref="IndexKey"/>.
/// </summary>
/// <param name="Key">Index into the matcher's keys.</param>
/// <param name="Kind">The key's kind.</param>
/// <param name="Length">The key's text length.</param>
internal readonly record struct PatternKey(int Key, KeyKind Kind, int Length);
