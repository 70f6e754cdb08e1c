namespace Vigie.Core.Matching;

/// <summary>What one hit means: its target, techniques, score and sentence, before the best one is chosen.</summary>
internal sealed record Assessment(WatchedTarget Target, List<string> Techniques, int Score, string Explanation);
