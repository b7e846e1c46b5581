using System;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>An authority's LAIT rank and quartile band among all local authorities with a value.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorRanking
{
    /// <summary>Creates a ranking.</summary>
    /// <param name="rank">The rank, 1 = best; tied authorities share the best (lowest) rank.</param>
    /// <param name="of">How many authorities had a value.</param>
    /// <param name="band">The quartile band (A best … D worst), or null when the indicator opts out of banding.</param>
    /// <param name="cutPoints">The quartile cut points: minimum, Q1, median, Q3, maximum (R type 7), or null without a band.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rank is outside 1..<paramref name="of"/>.</exception>
    public IndicatorRanking(int rank, int of, QuartileBand? band, QuartileCutPoints? cutPoints)
    {
        Of = Preconditions.CheckArgumentRange(nameof(of), of, 1, int.MaxValue);
        Rank = Preconditions.CheckArgumentRange(nameof(rank), rank, 1, of);
        Band = band;
        CutPoints = cutPoints;
    }

    /// <summary>Gets the rank, 1 = best.</summary>
    public int Rank { get; }

    /// <summary>Gets how many authorities were ranked.</summary>
    public int Of { get; }

    /// <summary>Gets the quartile band, or null when the indicator opts out ("Data range is too small").</summary>
    public QuartileBand? Band { get; }

    /// <summary>Gets the cut points the band was read from, or null.</summary>
    public QuartileCutPoints? CutPoints { get; }
}

/// <summary>An authority's value compared with the chosen comparator, Fingertips-style.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComparatorComparison
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="comparator">Which comparator.</param>
    /// <param name="comparatorValue">The comparator's value, or null when it has none.</param>
    /// <param name="outcome">The result (Better/Similar/Worse, or Lower/Similar/Higher without polarity, or NotCompared).</param>
    /// <param name="level">The confidence level of the interval used.</param>
    /// <param name="reason">Why it was not compared, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public ComparatorComparison(Comparator comparator, double? comparatorValue, BenchmarkOutcome outcome, ConfidenceLevel level, string? reason)
    {
        Comparator = comparator;
        ComparatorValue = comparatorValue;
        Outcome = outcome;
        Level = Preconditions.CheckNotNull(level, nameof(level));
        Reason = reason;
    }

    /// <summary>Gets the comparator.</summary>
    public Comparator Comparator { get; }

    /// <summary>Gets the comparator's value, or null.</summary>
    public double? ComparatorValue { get; }

    /// <summary>Gets the result.</summary>
    public BenchmarkOutcome Outcome { get; }

    /// <summary>Gets the confidence level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Gets why no comparison was made, or null when one was.</summary>
    public string? Reason { get; }
}

/// <summary>The direction of travel since the previous period, read through polarity.</summary>
public enum DirectionOfTravel
{
    /// <summary>The value did not change.</summary>
    NoChange = 0,

    /// <summary>The value moved in the good direction.</summary>
    Improved = 1,

    /// <summary>The value moved in the bad direction.</summary>
    Worsened = 2,

    /// <summary>The value rose (an indicator without polarity).</summary>
    Increased = 3,

    /// <summary>The value fell (an indicator without polarity).</summary>
    Decreased = 4,
}

/// <summary>The change from the previous period, computed only when the two periods are consecutive (LAIT).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ChangeFromPrevious
{
    /// <summary>Creates a change.</summary>
    /// <param name="previousPeriod">The previous period (one year before the current).</param>
    /// <param name="previousValue">The authority's value then.</param>
    /// <param name="currentValue">Its value now.</param>
    /// <param name="polarity">The indicator's polarity, which reads the direction.</param>
    public ChangeFromPrevious(ReportingPeriod previousPeriod, double previousValue, double currentValue, Polarity polarity)
    {
        PreviousPeriod = previousPeriod;
        PreviousValue = previousValue;
        Change = currentValue - previousValue;
        Direction = Change == 0 ? DirectionOfTravel.NoChange
            : polarity switch
            {
                Polarity.HigherIsBetter => Change > 0 ? DirectionOfTravel.Improved : DirectionOfTravel.Worsened,
                Polarity.LowerIsBetter => Change < 0 ? DirectionOfTravel.Improved : DirectionOfTravel.Worsened,
                _ => Change > 0 ? DirectionOfTravel.Increased : DirectionOfTravel.Decreased,
            };
    }

    /// <summary>Gets the previous period.</summary>
    public ReportingPeriod PreviousPeriod { get; }

    /// <summary>Gets the value in the previous period.</summary>
    public double PreviousValue { get; }

    /// <summary>Gets current − previous.</summary>
    public double Change { get; }

    /// <summary>Gets the direction of travel.</summary>
    public DirectionOfTravel Direction { get; }
}

/// <summary>An authority's value against its local target.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TargetResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="target">The target.</param>
    /// <param name="value">The authority's value.</param>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public TargetResult(LocalTarget target, double value, Polarity polarity)
    {
        Target = Preconditions.CheckNotNull(target, nameof(target));
        Difference = value - target.Value;
        Status = target.Judge(value, polarity);
    }

    /// <summary>Gets the target.</summary>
    public LocalTarget Target { get; }

    /// <summary>Gets value − target.</summary>
    public double Difference { get; }

    /// <summary>Gets the status.</summary>
    public TargetStatus Status { get; }
}
