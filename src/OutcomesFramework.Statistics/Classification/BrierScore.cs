using System.Collections.Generic;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>The Brier score of probability forecasts: the mean squared difference between the forecast and the outcome (0 perfect; 0.25 for always saying ½).</summary>
public static class BrierScore
{
    /// <summary>Computes the Brier score, (1/N) Σ (pᵢ − yᵢ)² with yᵢ 1 for a positive case and 0 otherwise.</summary>
    /// <param name="probabilities">The forecast probabilities, 0 to 1.</param>
    /// <param name="outcomes">Whether each case is positive (same length, at least one case).</param>
    /// <returns>The score, 0 to 1.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The lengths differ, there is no case, or a probability is outside 0 to 1.</exception>
    public static double Compute(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes)
    {
        ClassificationChecks.Probabilities(probabilities, outcomes, nameof(probabilities), nameof(outcomes));
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var d = probabilities[i] - (outcomes[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / probabilities.Count;
    }
}
