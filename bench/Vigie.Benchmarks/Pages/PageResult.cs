using Vigie.Core.Scoring;

namespace Vigie.Benchmarks.Pages;

/// <summary>What the investigation said about one corpus page, the risk model's evidence, and how long it took.</summary>
internal sealed record PageResult(CorpusPage Page, Verdict Verdict, int Score, IReadOnlyList<string> Reasons, IReadOnlyList<RiskFeature> Features, TimeSpan Elapsed);
