using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Benchmark comparisons as Fingertips makes them (fingertips-open <c>PholioVisualisationWS/Analysis</c>
/// comparers, MIT, Crown copyright (PHE) 2016; FingertipsNext <c>BenchmarkComparisonEngine</c>, MIT, Crown
/// copyright (DHSC) 2024). The standard test treats the benchmark (e.g. England) as known: the area differs
/// when the benchmark value lies outside the area's interval; limits are inclusive.
/// </summary>
/// <remarks>
/// Each comparer first decides as if high were good (area above the benchmark = better), then polarity is
/// applied: <see cref="Polarity.LowerIsBetter"/> swaps better and worse, <see cref="Polarity.NoPolarity"/>
/// reads the result as lower / similar / higher.
/// </remarks>
public static class BenchmarkComparison
{
    /// <summary>
    /// Fingertips method 1 ("confidence intervals overlapping reference value"): Similar when
    /// Lower ≤ benchmark ≤ Upper, otherwise Worse when the value is below the benchmark, else Better (before polarity).
    /// </summary>
    /// <param name="value">The area's value, or null.</param>
    /// <param name="interval">The area's interval, or null.</param>
    /// <param name="benchmark">The benchmark value, or null.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The outcome; <see cref="BenchmarkOutcome.NotCompared"/> when any input is missing.</returns>
    public static BenchmarkOutcome Compare(double? value, ConfidenceInterval? interval, double? benchmark, Polarity polarity)
    {
        if (!Present(value, out var v) || !Present(benchmark, out var b) || interval is not { } ci)
        {
            return BenchmarkOutcome.NotCompared;
        }
        var raw = ci.Contains(b) ? Raw.Same : v < b ? Raw.Worse : Raw.Better;
        return AdjustForPolarity(raw, polarity);
    }

    /// <summary>
    /// Fingertips method 17 (95% and 99.8%): Similar when the benchmark is inside the 95% interval; Better
    /// (Worse) when it is outside at 95% but inside at 99.8% below (above) the area; Best (Worst) when it is
    /// outside the 99.8% interval too. Before polarity.
    /// </summary>
    /// <param name="value">The area's value, or null.</param>
    /// <param name="interval95">The area's 95% interval, or null.</param>
    /// <param name="interval998">The area's 99.8% interval, or null.</param>
    /// <param name="benchmark">The benchmark value, or null.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The outcome; NotCompared when any input is missing.</returns>
    public static BenchmarkOutcome Compare(
        double? value, ConfidenceInterval? interval95, ConfidenceInterval? interval998, double? benchmark, Polarity polarity)
    {
        if (!Present(value, out var v) || !Present(benchmark, out var b) || interval95 is not { } ci95 || interval998 is not { } ci998)
        {
            return BenchmarkOutcome.NotCompared;
        }
        Raw raw;
        if (ci95.Contains(b))
        {
            raw = Raw.Same;
        }
        else if (b >= ci998.Lower && b <= ci95.Lower)
        {
            raw = Raw.Better;
        }
        else if (b >= ci95.Upper && b <= ci998.Upper)
        {
            raw = Raw.Worse;
        }
        else
        {
            raw = v < b ? Raw.Worst : Raw.Best;
        }
        return AdjustForPolarity(raw, polarity);
    }

    /// <summary>Compares an estimate with two intervals (e.g. from <see cref="Wilson.ProportionBothLevels"/>) with a benchmark.</summary>
    /// <param name="estimate">The area's estimate, or null.</param>
    /// <param name="benchmark">The benchmark value, or null.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The outcome.</returns>
    public static BenchmarkOutcome Compare(TwoLevelEstimate? estimate, double? benchmark, Polarity polarity) =>
        estimate is { } e ? Compare(e.Value, e.Interval95, e.Interval998, benchmark, polarity) : BenchmarkOutcome.NotCompared;

    /// <summary>Compares an estimate with one interval with a benchmark (method 1).</summary>
    /// <param name="estimate">The area's estimate, or null.</param>
    /// <param name="benchmark">The benchmark value, or null.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The outcome.</returns>
    public static BenchmarkOutcome Compare(Estimate? estimate, double? benchmark, Polarity polarity) =>
        estimate is { } e ? Compare(e.Value, e.Interval, benchmark, polarity) : BenchmarkOutcome.NotCompared;

    /// <summary>
    /// Fingertips method 12 (both values uncertain, e.g. this period against the last): Similar when the
    /// intervals overlap (the lower value's upper limit ≥ the higher value's lower limit); otherwise Worse
    /// when the value is below the other, else Better (before polarity).
    /// </summary>
    /// <param name="value">The area's value, or null.</param>
    /// <param name="interval">Its interval, or null.</param>
    /// <param name="otherValue">The comparator's value, or null.</param>
    /// <param name="otherInterval">The comparator's interval, or null.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The outcome; NotCompared when any input is missing.</returns>
    public static BenchmarkOutcome CompareOverlapping(
        double? value, ConfidenceInterval? interval, double? otherValue, ConfidenceInterval? otherInterval, Polarity polarity)
    {
        if (!Present(value, out var v) || !Present(otherValue, out var o) || interval is not { } ci || otherInterval is not { } other)
        {
            return BenchmarkOutcome.NotCompared;
        }
        var (lowSide, highSide) = v <= o ? (ci, other) : (other, ci);
        var raw = lowSide.Upper >= highSide.Lower ? Raw.Same : v < o ? Raw.Worse : Raw.Better;
        return AdjustForPolarity(raw, polarity);
    }

    /// <summary>
    /// Fingertips method 5 (SPC for proportions): the Wilson interval of a proportion equal to the benchmark,
    /// for the area's denominator, is compared with the area's value; Better when the value is above it,
    /// Worse below, before polarity. Fingertips stores z as 1.96 or 3.0902, so z is a parameter here.
    /// </summary>
    /// <param name="value">The area's value on the <paramref name="unit"/> scale (e.g. a percentage), or null.</param>
    /// <param name="denominator">The area's denominator, or null; ≤ 0 gives NotCompared.</param>
    /// <param name="benchmark">The benchmark on the same scale, or null.</param>
    /// <param name="z">The normal quantile: 1.96 (95%) or 3.0902 (99.8%) as Fingertips stores them, or a level's <see cref="ConfidenceLevel.Z"/>.</param>
    /// <param name="unit">100 for percentages, 1 for proportions.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The outcome.</returns>
    public static BenchmarkOutcome SpcForProportions(double? value, double? denominator, double? benchmark, double z, double unit, Polarity polarity)
    {
        if (!Present(value, out var v) || !Present(benchmark, out var b) || !Present(denominator, out var n) || n <= 0)
        {
            return BenchmarkOutcome.NotCompared;
        }
        var p1 = v / unit;
        var e1 = n * (b / unit);
        var bTerm = z * Math.Sqrt((z * z) + (4 * e1 * (1 - (e1 / n))));
        var a = (2 * e1) + (z * z);
        var c = 2 * (n + (z * z));
        var lower = (a - bTerm) / c;
        var upper = (a + bTerm) / c;
        var raw = upper < p1 ? Raw.Better : lower > p1 ? Raw.Worse : Raw.Same;
        return AdjustForPolarity(raw, polarity);
    }

    /// <summary>
    /// Fingertips method 6 (SPC for DSRs): Poisson control limits for the expected count benchmark ×
    /// population/unit, found by the funnel bisection, are turned back into rates and compared with the value.
    /// </summary>
    /// <param name="value">The area's rate per <paramref name="unit"/>, or null.</param>
    /// <param name="population">The area's population (Fingertips' <c>denominator2</c>), or null; ≤ 0 gives NotCompared.</param>
    /// <param name="benchmark">The benchmark rate, or null.</param>
    /// <param name="tailProbability">0.025 (95%) or 0.001 (99.8%).</param>
    /// <param name="unit">100000 for "per 100,000".</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tailProbability"/> is not in (0, 0.5).</exception>
    public static BenchmarkOutcome SpcForDsr(double? value, double? population, double? benchmark, double tailProbability, double unit, Polarity polarity)
    {
        if (!(tailProbability > 0 && tailProbability < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(tailProbability), tailProbability, "The tail probability must lie in (0, 0.5), e.g. 0.025 or 0.001.");
        }
        if (!Present(value, out var v) || !Present(benchmark, out var b) || !Present(population, out var n) || n <= 0)
        {
            return BenchmarkOutcome.NotCompared;
        }
        var expected = b * (n / unit);
        var lower = PoissonFunnel.LowerMean(expected, tailProbability) / n * unit;
        var upper = PoissonFunnel.UpperMean(expected, tailProbability) / n * unit;
        var raw = upper < v ? Raw.Better : lower > v ? Raw.Worse : Raw.Same;
        return AdjustForPolarity(raw, polarity);
    }

    /// <summary>Reads a raw comparison (as if higher were better) through polarity.</summary>
    private static BenchmarkOutcome AdjustForPolarity(Raw raw, Polarity polarity) => (raw, polarity) switch
    {
        (Raw.Same, _) => BenchmarkOutcome.Similar,
        (Raw.Better, Polarity.HigherIsBetter) => BenchmarkOutcome.Better,
        (Raw.Better, Polarity.LowerIsBetter) => BenchmarkOutcome.Worse,
        (Raw.Better, _) => BenchmarkOutcome.Higher,
        (Raw.Worse, Polarity.HigherIsBetter) => BenchmarkOutcome.Worse,
        (Raw.Worse, Polarity.LowerIsBetter) => BenchmarkOutcome.Better,
        (Raw.Worse, _) => BenchmarkOutcome.Lower,
        (Raw.Best, Polarity.HigherIsBetter) => BenchmarkOutcome.Best,
        (Raw.Best, Polarity.LowerIsBetter) => BenchmarkOutcome.Worst,
        (Raw.Best, _) => BenchmarkOutcome.Highest,
        (Raw.Worst, Polarity.HigherIsBetter) => BenchmarkOutcome.Worst,
        (Raw.Worst, Polarity.LowerIsBetter) => BenchmarkOutcome.Best,
        _ => BenchmarkOutcome.Lowest,
    };

    private static bool Present(double? value, out double result)
    {
        result = value ?? double.NaN;
        return !double.IsNaN(result);
    }

    private enum Raw
    {
        Same,
        Worse,
        Better,
        Worst,
        Best,
    }
}
