namespace Vigie.Core.Scoring;

/// <summary>
/// One piece of evidence in the risk model: its name (as bench/pages/fit.py knows it), its value (0 to 1), its
/// weight (log-odds, fitted on the tuning part of ../shared/data/pages) and what it means in plain words.
/// </summary>
internal sealed record RiskFeature(string Name, double Value, double Weight, string Words)
{
    public double Contribution => Value * Weight;
}
