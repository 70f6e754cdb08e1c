namespace Vigie.Core.Matching;

/// <summary>
/// A name that looks like a watched asset (DESIGN.md, "Core concepts").
/// </summary>
/// <param name="Name">The name as seen, in lower-case ASCII ("xn--" labels kept).</param>
/// <param name="Target">The watched asset it imitates: a domain ("en-marche.fr") or a brand name.</param>
/// <param name="Techniques">The imitation techniques found, strongest first (names in <see cref="Technique"/>).</param>
/// <param name="Score">0–100: how sure Vigie is that the name imitates the target (README.md, "vigie match", "Score").</param>
/// <param name="Explanation">One sentence a campaign volunteer understands.</param>
internal sealed record Match(string Name, string Target, IReadOnlyList<string> Techniques, int Score, string Explanation);
