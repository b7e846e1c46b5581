using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>
/// A calibration table: the cases sorted by forecast and cut into groups of (as near as possible) equal size, each with
/// its mean forecast against the share observed positive — the table behind a Hosmer–Lemeshow test or a reliability
/// diagram. Cases with equal forecasts are never split between groups, so the grouping does not depend on input order.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CalibrationTable
{
    private CalibrationTable(ImmutableArray<CalibrationGroup> groups) => Groups = groups;

    /// <summary>Gets the groups, lowest forecast first.</summary>
    public ImmutableArray<CalibrationGroup> Groups { get; }

    /// <summary>Builds the table.</summary>
    /// <param name="probabilities">The forecast probabilities, 0 to 1.</param>
    /// <param name="outcomes">Whether each case is positive (same length, at least one case).</param>
    /// <param name="groups">The number of groups wanted, 1 to 100 (fewer result when there are fewer distinct forecasts or cases).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, there is no case, or a probability is outside 0 to 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groups"/> is outside 1 to 100.</exception>
    public static CalibrationTable Create(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes, int groups)
    {
        ClassificationChecks.Probabilities(probabilities, outcomes, nameof(probabilities), nameof(outcomes));
        Preconditions.CheckArgumentRange(nameof(groups), groups, 1, 100);
        var n = probabilities.Count;
        var order = new int[n];
        var keys = new double[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = probabilities[i];
        }
        Array.Sort(keys, order);
        var result = ImmutableArray.CreateBuilder<CalibrationGroup>();
        var start = 0;
        for (var g = 1; g <= groups && start < n; g++)
        {
            // The group ends at the g-th share of the cases, pushed on past any tie so equal forecasts stay together.
            var end = g == groups ? n : Math.Max(start + 1, (int)Math.Round((double)n * g / groups, MidpointRounding.AwayFromZero));
            while (end < n && keys[end] == keys[end - 1])
            {
                end++;
            }
            var positives = 0;
            var sum = 0.0;
            for (var k = start; k < end; k++)
            {
                sum += keys[k];
                if (outcomes[order[k]])
                {
                    positives++;
                }
            }
            result.Add(new CalibrationGroup(end - start, positives, keys[start], keys[end - 1], sum / (end - start)));
            start = end;
        }
        return new CalibrationTable(result.ToImmutable());
    }
}
