using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// XmR (individuals and moving range) charts as NHS "Making Data Count" draws them: <see cref="Compute"/> for one
/// chart with every point, <see cref="ComputeMany"/> for many series at once with summaries only.
/// </summary>
public static class Xmr
{
    private const int MaxCachedEngines = 8;

    [ThreadStatic]
    private static Dictionary<SpcOptions, XmrEngine>? threadEngines;

    /// <summary>Computes an XmR chart.</summary>
    /// <param name="values">The series in time order; null for a missing value.</param>
    /// <param name="options">The profile, e.g. <see cref="SpcOptions.NhsEngland2024"/>.</param>
    /// <param name="direction">Which way the measure improves.</param>
    /// <param name="target">A target for the assurance icon, or null.</param>
    /// <param name="recalculateAt">
    /// 0-based indexes of the first point of each new segment (recalculated limits), strictly increasing, each from 1
    /// to <c>values.Count − 1</c>; null or empty for none.
    /// </param>
    /// <param name="baselinePoints">
    /// Fix the limits from the first this-many points (of each segment, or of the chart when
    /// <see cref="SpcOptions.BaselineOverridesRecalculation"/>), at least <see cref="SpcOptions.MinimumBaselinePoints"/>;
    /// null to use every point.
    /// </param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A value or the target is infinite or NaN (use null for missing), or the recalculation points are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The direction is undefined, a recalculation point is out of range, or the baseline is too short.</exception>
    public static XmrChart Compute(
        IReadOnlyList<double?> values,
        SpcOptions options,
        ImprovementDirection direction,
        double? target = null,
        IReadOnlyList<int>? recalculateAt = null,
        int? baselinePoints = null)
    {
        Preconditions.CheckNotNull(values, nameof(values));
        Preconditions.CheckNotNull(options, nameof(options));
        CheckDirection(direction, nameof(direction));
        CheckTarget(target, nameof(target));
        var n = values.Count;
        var input = new double[n];
        for (var i = 0; i < n; i++)
        {
            var value = values[i];
            Preconditions.CheckArgument(
                value is null || IsFinite(value.Value), nameof(values),
                "Value at index {0} is not a finite number; use null for a missing value.", i);
            input[i] = value ?? double.NaN;
        }
        var recalculations = recalculateAt is null ? ImmutableArray<int>.Empty : ImmutableArray.CreateRange(recalculateAt);
        for (var k = 0; k < recalculations.Length; k++)
        {
            var at = recalculations[k];
            if (at < 1 || at >= n)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(recalculateAt), at,
                    string.Format(CultureInfo.InvariantCulture, "Recalculation point {0} must be from 1 to {1} (the first point of a new segment).", k, n - 1));
            }
            Preconditions.CheckArgument(k == 0 || at > recalculations[k - 1], nameof(recalculateAt), "Recalculation points must be strictly increasing; point {0} is not.", k);
        }
        if (baselinePoints is { } baseline)
        {
            Preconditions.CheckArgumentRange(nameof(baselinePoints), baseline, options.MinimumBaselinePoints, int.MaxValue);
        }

        var engine = new XmrEngine(options);
        engine.Run(input, direction, target ?? double.NaN, recalculations.AsSpan(), baselinePoints ?? 0);
        return XmrChartBuilder.Build(engine, recalculations, baselinePoints);
    }

    /// <summary>
    /// Computes many XmR charts in one call, writing a summary per series (and, if asked, each point's variation)
    /// into spans the caller owns. Allocates only a small workspace per call, never per series. Series cannot be
    /// recalculated or given a baseline here; use <see cref="Compute"/> for those.
    /// </summary>
    /// <param name="values">All series one after another; NaN for a missing value.</param>
    /// <param name="seriesLengths">The length of each series; they must add up to <c>values.Length</c>.</param>
    /// <param name="directions">Each series' improvement direction.</param>
    /// <param name="targets">Each series' target; NaN for none.</param>
    /// <param name="options">The profile, the same for every series.</param>
    /// <param name="summaries">Receives one summary per series.</param>
    /// <param name="pointVariations">Empty, or as long as <paramref name="values"/> to receive each point's variation.</param>
    /// <param name="pointLabels">Empty, or as long as <paramref name="values"/> to receive each point's special-cause label.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans' lengths disagree, a value or target is infinite, or a length is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A direction is undefined.</exception>
    public static void ComputeMany(
        ReadOnlySpan<double> values,
        ReadOnlySpan<int> seriesLengths,
        ReadOnlySpan<ImprovementDirection> directions,
        ReadOnlySpan<double> targets,
        SpcOptions options,
        Span<XmrSummary> summaries,
        Span<Variation> pointVariations = default,
        Span<SpecialCauseType> pointLabels = default)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        var series = seriesLengths.Length;
        Preconditions.CheckArgument(directions.Length == series, nameof(directions), "Expected one direction per series ({0}).", series);
        Preconditions.CheckArgument(targets.Length == series, nameof(targets), "Expected one target per series ({0}).", series);
        Preconditions.CheckArgument(summaries.Length == series, nameof(summaries), "Expected room for one summary per series ({0}).", series);
        Preconditions.CheckArgument(
            pointVariations.IsEmpty || pointVariations.Length == values.Length, nameof(pointVariations),
            "Expected an empty span or one element per value ({0}).", values.Length);
        Preconditions.CheckArgument(
            pointLabels.IsEmpty || pointLabels.Length == values.Length, nameof(pointLabels),
            "Expected an empty span or one element per value ({0}).", values.Length);
        long total = 0;
        for (var k = 0; k < series; k++)
        {
            Preconditions.CheckArgument(seriesLengths[k] >= 0, nameof(seriesLengths), "Series {0} has a negative length.", k);
            total += seriesLengths[k];
            CheckDirection(directions[k], nameof(directions));
            Preconditions.CheckArgument(!double.IsInfinity(targets[k]), nameof(targets), "Target of series {0} is infinite.", k);
        }
        Preconditions.CheckArgument(total == values.Length, nameof(seriesLengths), "Series lengths add up to {0}, not to the number of values.", total);
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Value at index {0} is infinite; use NaN for a missing value.", i), nameof(values));
            }
        }

        var engine = EngineFor(options);
        var offset = 0;
        for (var k = 0; k < series; k++)
        {
            var length = seriesLengths[k];
            engine.Run(values.Slice(offset, length), directions[k], targets[k], ReadOnlySpan<int>.Empty, 0);
            summaries[k] = engine.Summarise(pointVariations.IsEmpty ? default : pointVariations.Slice(offset, length));
            if (!pointLabels.IsEmpty)
            {
                for (var i = 0; i < length; i++)
                {
                    pointLabels[offset + i] = engine.Label(i);
                }
            }
            offset += length;
        }
    }

    /// <summary>
    /// The calling thread's engine for these options. Callers such as assurance rules chart one short series per
    /// council and indicator; reusing the engine's arrays keeps that path free of allocation. A handful of profiles
    /// is usual, so the cache is cleared rather than grown past a few entries.
    /// </summary>
    private static XmrEngine EngineFor(SpcOptions options)
    {
        var engines = threadEngines ??= new Dictionary<SpcOptions, XmrEngine>();
        if (!engines.TryGetValue(options, out var engine))
        {
            if (engines.Count >= MaxCachedEngines)
            {
                engines.Clear();
            }
            engine = new XmrEngine(options);
            engines.Add(options, engine);
        }
        return engine;
    }

    /// <summary>
    /// The assurance icon for a target against process limits, as the chart computes it: beyond the upper limit is fail
    /// when higher is better and pass when lower is better, beyond the lower limit the reverse, between them hit or miss.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="lowerProcessLimit">The lower process limit.</param>
    /// <param name="upperProcessLimit">The upper process limit.</param>
    /// <param name="direction">Which way the measure improves.</param>
    /// <param name="comparison">How a target on a limit is read.</param>
    /// <returns>The icon, or null when the direction is <see cref="ImprovementDirection.Neither"/>.</returns>
    /// <exception cref="ArgumentException">A number is not finite, or the lower limit is above the upper.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The direction or comparison is undefined.</exception>
    public static AssuranceIcon? Assurance(
        double target, double lowerProcessLimit, double upperProcessLimit, ImprovementDirection direction, AssuranceComparison comparison)
    {
        Preconditions.CheckArgument(IsFinite(target), nameof(target), "Target must be a finite number.");
        Preconditions.CheckArgument(IsFinite(lowerProcessLimit), nameof(lowerProcessLimit), "Limit must be a finite number.");
        Preconditions.CheckArgument(IsFinite(upperProcessLimit), nameof(upperProcessLimit), "Limit must be a finite number.");
        Preconditions.CheckArgument(lowerProcessLimit <= upperProcessLimit, nameof(lowerProcessLimit), "The lower limit must not be above the upper limit.");
        CheckDirection(direction, nameof(direction));
        Preconditions.CheckArgumentRange(nameof(comparison), (int)comparison, 0, 1);
        return XmrEngine.Assurance(target, lowerProcessLimit, upperProcessLimit, direction, comparison);
    }

    private static void CheckDirection(ImprovementDirection direction, string paramName) =>
        Preconditions.CheckArgumentRange(paramName, (int)direction, 0, 2);

    private static void CheckTarget(double? target, string paramName) =>
        Preconditions.CheckArgument(target is null || IsFinite(target.Value), paramName, "Target must be a finite number.");

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
}
