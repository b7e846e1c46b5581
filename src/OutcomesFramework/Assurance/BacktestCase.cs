using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Inspections;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Assurance;

/// <summary>One graded inspection of a back-test: the authority, the judgement, and the early-warning level computed the day before from data published by then.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BacktestCase
{
    internal BacktestCase(Area area, Inspection inspection, LocalDate asOf, int year, AssuranceResult result)
    {
        Area = area;
        Inspection = inspection;
        AsOf = asOf;
        Year = year;
        Level = result.Level;
        RaisedBy = result.RaisedBy.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToImmutableArray();
        counts = new int[4];
        foreach (var f in result.Findings)
        {
            counts[(int)f.Severity]++;
        }
    }

    private readonly int[] counts;

    /// <summary>Gets the authority.</summary>
    public Area Area { get; }

    /// <summary>Gets the graded inspection.</summary>
    public Inspection Inspection { get; }

    /// <summary>Gets the assessment date: the day before the inspection started.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the scorecard year used (the latest year with published data on <see cref="AsOf"/>).</summary>
    public int Year { get; }

    /// <summary>Gets the early-warning level on <see cref="AsOf"/>.</summary>
    public EarlyWarningLevel Level { get; }

    /// <summary>Gets the ids of the rules that raised the level.</summary>
    public ImmutableArray<string> RaisedBy { get; }

    /// <summary>Gets the number of findings of a severity on <see cref="AsOf"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The severity is not defined.</exception>
    public int Count(Severity severity) => (int)severity >= 0 && (int)severity < counts.Length
        ? counts[(int)severity]
        : throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity.");

    /// <summary>Gets the overall effectiveness judged.</summary>
    public OfstedGrade Judgement => Inspection.OverallEffectiveness!.Value;

    /// <summary>Gets whether the judgement was requires improvement or inadequate (the positive class).</summary>
    public bool IsRequiresImprovementOrWorse => Judgement >= OfstedGrade.RequiresImprovement;
}
