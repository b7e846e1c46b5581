using System;
using System.Globalization;
using System.Text;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// Every choice an XmR chart depends on where Making Data Count implementations disagree, with two named presets:
/// <see cref="NhsrPlotTheDots022"/> and <see cref="NhsEngland2024"/>. Immutable; change a setting with a
/// <c>With…</c> method, which also renames the options "Custom (from …)" so a result never claims a preset it did
/// not use.
/// </summary>
/// <remarks>
/// Not options, because every implementation agrees: limits are the mean ± 2.66 × the average moving range,
/// 2-sigma lines are at two thirds of that distance, comparisons with limits, lines and the mean are strict, a point
/// on the mean breaks a shift, an equal pair breaks a trend, and the two-in-three rule flags only the points beyond
/// the 2-sigma line (not the third point). See docs/spc.md.
/// </remarks>
public sealed class SpcOptions : IEquatable<SpcOptions>
{
    private const string CustomPrefix = "Custom (from ";

    /// <summary>
    /// NHSRplotthedots 0.2.2 (CRAN, 29 Sep 2025), the NHS-R Community's R package: 7-point shifts and trends,
    /// moving-range screening on, no rule crossing a recalculation, one label per point by precedence, no minimum
    /// number of points (a warning for segments of 12 or fewer), limits fixed only after at least 12 points (within
    /// each segment), strict assurance comparison, variation icon from the last point even if it is missing.
    /// </summary>
    public static SpcOptions NhsrPlotTheDots022 { get; } = new(
        name: "NHSRplotthedots 0.2.2",
        shiftPoints: 7,
        trendPoints: 7,
        twoInThreeCountsBeyondLimits: false,
        rulesCrossingRecalculation: SpcRules.None,
        movingRangeScreening: MovingRangeScreening.KeepBelowLimit,
        conflictResolution: ConflictResolution.Precedence,
        minimumPoints: 1,
        shortSegmentPoints: 13,
        minimumBaselinePoints: 12,
        baselineOverridesRecalculation: false,
        assuranceComparison: AssuranceComparison.Strict,
        variationIconSkipsMissingLastPoint: false);

    /// <summary>
    /// NHS England's Making Data Count rules of 2024, as its checklist for the Excel Single Chart Tool v5.0 states them
    /// and its expected colours confirm: 6-point shifts and trends (the SQL query's defaults since v2.6, January 2024),
    /// no moving-range screening, points beyond the limits not counted in two-in-three, shift, trend and two-in-three
    /// rules crossing recalculations, improvement winning a conflict, no limits or icons below 13 points (a warning for
    /// segments under 12, the SQL query's partition minimum), a baseline overriding recalculations, a target on a
    /// limit read as pass or fail (SQL v2.1 on; the checklist is silent), and the variation icon from the last
    /// non-missing point.
    /// </summary>
    public static SpcOptions NhsEngland2024 { get; } = new(
        name: "NHS England 2024",
        shiftPoints: 6,
        trendPoints: 6,
        twoInThreeCountsBeyondLimits: false,
        rulesCrossingRecalculation: SpcRules.All,
        movingRangeScreening: MovingRangeScreening.Off,
        conflictResolution: ConflictResolution.ImprovementWins,
        minimumPoints: 13,
        shortSegmentPoints: 12,
        minimumBaselinePoints: 2,
        baselineOverridesRecalculation: true,
        assuranceComparison: AssuranceComparison.Inclusive,
        variationIconSkipsMissingLastPoint: true);

    private SpcOptions(
        string name,
        int shiftPoints,
        int trendPoints,
        bool twoInThreeCountsBeyondLimits,
        SpcRules rulesCrossingRecalculation,
        MovingRangeScreening movingRangeScreening,
        ConflictResolution conflictResolution,
        int minimumPoints,
        int shortSegmentPoints,
        int minimumBaselinePoints,
        bool baselineOverridesRecalculation,
        AssuranceComparison assuranceComparison,
        bool variationIconSkipsMissingLastPoint)
    {
        Name = name;
        ShiftPoints = shiftPoints;
        TrendPoints = trendPoints;
        TwoInThreeCountsBeyondLimits = twoInThreeCountsBeyondLimits;
        RulesCrossingRecalculation = rulesCrossingRecalculation;
        MovingRangeScreening = movingRangeScreening;
        ConflictResolution = conflictResolution;
        MinimumPoints = minimumPoints;
        ShortSegmentPoints = shortSegmentPoints;
        MinimumBaselinePoints = minimumBaselinePoints;
        BaselineOverridesRecalculation = baselineOverridesRecalculation;
        AssuranceComparison = assuranceComparison;
        VariationIconSkipsMissingLastPoint = variationIconSkipsMissingLastPoint;
    }

    /// <summary>
    /// The name an explanation cites: a preset's name, "Custom (from <i>preset</i>)" after a <c>With…</c> change,
    /// or the name given to <see cref="WithName"/>.
    /// </summary>
    public string Name { get; }

    /// <summary>Consecutive points all strictly above (or below) the mean that make a shift: 7 (NHSR) or 6 (NHSE).</summary>
    public int ShiftPoints { get; }

    /// <summary>
    /// Consecutive points, each strictly above (or below) the one before, that make a trend, counting both ends (so
    /// one fewer rises): 7 (NHSR) or 6 (NHSE). A trend may cross the mean.
    /// </summary>
    public int TrendPoints { get; }

    /// <summary>
    /// Whether points beyond the process limits count as beyond the 2-sigma line in the two-in-three rule: false in
    /// both presets (NHSRplotthedots, MDC Excel v5); true in the NHS England SQL query since v2.6.
    /// </summary>
    public bool TwoInThreeCountsBeyondLimits { get; }

    /// <summary>
    /// The multi-point rules that carry on across a recalculation, each point still judged against its own segment's
    /// mean and lines: none (NHSR), all (MDC Excel, so NHSE), or only the trend (NHSE SQL v2.6).
    /// </summary>
    public SpcRules RulesCrossingRecalculation { get; }

    /// <summary>Whether large moving ranges are screened out of the limits, and how.</summary>
    public MovingRangeScreening MovingRangeScreening { get; }

    /// <summary>What a point triggering both an improvement and a concern rule shows.</summary>
    public ConflictResolution ConflictResolution { get; }

    /// <summary>
    /// The fewest non-missing points (whole chart, recalculations ignored) for process limits, special causes and
    /// icons; below it the chart is a run chart with a mean only. 1 (NHSR: no minimum) or 13 (NHSE).
    /// </summary>
    public int MinimumPoints { get; }

    /// <summary>
    /// A segment with fewer points than this (missing ones included) gets a <see cref="SpcWarningKinds.ShortSegment"/>
    /// warning: 13 (NHSR's code default, so 12 or fewer warn) or 12 (NHSE SQL's partition minimum). 0 never warns.
    /// </summary>
    public int ShortSegmentPoints { get; }

    /// <summary>
    /// The fewest points the limits may be fixed from (a baseline): 12 (NHSR rejects fewer) or 2 (NHSE: any baseline
    /// long enough for a moving range; a short one warns).
    /// </summary>
    public int MinimumBaselinePoints { get; }

    /// <summary>
    /// Whether a baseline makes recalculations ignored (MDC Excel: "if a baseline and a recalculation are both set only
    /// the baseline is used") rather than fixing the limits within every segment (NHSR's <c>fix_after_n_points</c>).
    /// </summary>
    public bool BaselineOverridesRecalculation { get; }

    /// <summary>How a target exactly on a process limit is read by the assurance icon.</summary>
    public AssuranceComparison AssuranceComparison { get; }

    /// <summary>
    /// Whether the variation icon comes from the last non-missing point (NHSE: the last point plotted) rather than the
    /// last point, which is common cause when missing (NHSR).
    /// </summary>
    public bool VariationIconSkipsMissingLastPoint { get; }

    /// <summary>Returns these options under another name.</summary>
    /// <param name="name">The name explanations will cite.</param>
    /// <returns>The renamed options.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public SpcOptions WithName(string name) => Copy(name: Preconditions.CheckNotBlank(name, nameof(name)));

    /// <summary>Returns these options with another shift length.</summary>
    /// <param name="points">Points in a shift, 2 to 50.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is outside 2 to 50.</exception>
    public SpcOptions WithShiftPoints(int points) =>
        Copy(shiftPoints: Preconditions.CheckArgumentRange(nameof(points), points, 2, 50));

    /// <summary>Returns these options with another trend length.</summary>
    /// <param name="points">Points in a trend, both ends counted, 3 to 50.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is outside 3 to 50.</exception>
    public SpcOptions WithTrendPoints(int points) =>
        Copy(trendPoints: Preconditions.CheckArgumentRange(nameof(points), points, 3, 50));

    /// <summary>Returns these options with points beyond the limits counted (or not) in the two-in-three rule.</summary>
    /// <param name="counts">Whether they count.</param>
    /// <returns>The changed options.</returns>
    public SpcOptions WithTwoInThreeCountsBeyondLimits(bool counts) => Copy(twoInThreeCountsBeyondLimits: counts);

    /// <summary>Returns these options with another set of rules crossing recalculations.</summary>
    /// <param name="rules">The rules that cross.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rules"/> has undefined flags.</exception>
    public SpcOptions WithRulesCrossingRecalculation(SpcRules rules)
    {
        Preconditions.CheckArgumentRange(nameof(rules), (int)rules, 0, (int)SpcRules.All);
        return Copy(rulesCrossingRecalculation: rules);
    }

    /// <summary>Returns these options with another moving-range screening.</summary>
    /// <param name="screening">The screening.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="screening"/> is not a defined value.</exception>
    public SpcOptions WithMovingRangeScreening(MovingRangeScreening screening)
    {
        Preconditions.CheckArgumentRange(nameof(screening), (int)screening, 0, 2);
        return Copy(movingRangeScreening: screening);
    }

    /// <summary>Returns these options with another conflict policy.</summary>
    /// <param name="resolution">The policy.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is not a defined value.</exception>
    public SpcOptions WithConflictResolution(ConflictResolution resolution)
    {
        Preconditions.CheckArgumentRange(nameof(resolution), (int)resolution, 0, 2);
        return Copy(conflictResolution: resolution);
    }

    /// <summary>Returns these options with another minimum number of points for limits and icons.</summary>
    /// <param name="points">The minimum, at least 1 (1 means no minimum).</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is below 1.</exception>
    public SpcOptions WithMinimumPoints(int points) =>
        Copy(minimumPoints: Preconditions.CheckArgumentRange(nameof(points), points, 1, int.MaxValue));

    /// <summary>Returns these options with another short-segment warning threshold.</summary>
    /// <param name="points">Segments with fewer points warn; 0 never warns.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public SpcOptions WithShortSegmentPoints(int points) =>
        Copy(shortSegmentPoints: Preconditions.CheckArgumentRange(nameof(points), points, 0, int.MaxValue));

    /// <summary>Returns these options with another minimum baseline length.</summary>
    /// <param name="points">The fewest points limits may be fixed from, at least 2.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is below 2.</exception>
    public SpcOptions WithMinimumBaselinePoints(int points) =>
        Copy(minimumBaselinePoints: Preconditions.CheckArgumentRange(nameof(points), points, 2, int.MaxValue));

    /// <summary>Returns these options with a baseline overriding (or not) recalculations.</summary>
    /// <param name="overrides">Whether a baseline makes recalculations ignored.</param>
    /// <returns>The changed options.</returns>
    public SpcOptions WithBaselineOverridesRecalculation(bool overrides) => Copy(baselineOverridesRecalculation: overrides);

    /// <summary>Returns these options with another reading of a target on a limit.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The changed options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not a defined value.</exception>
    public SpcOptions WithAssuranceComparison(AssuranceComparison comparison)
    {
        Preconditions.CheckArgumentRange(nameof(comparison), (int)comparison, 0, 1);
        return Copy(assuranceComparison: comparison);
    }

    /// <summary>Returns these options with the variation icon taken from the last non-missing point (or the last point).</summary>
    /// <param name="skips">Whether a missing last point is skipped.</param>
    /// <returns>The changed options.</returns>
    public SpcOptions WithVariationIconSkipsMissingLastPoint(bool skips) => Copy(variationIconSkipsMissingLastPoint: skips);

    /// <inheritdoc/>
    public bool Equals(SpcOptions? other) =>
        other is not null &&
        string.Equals(Name, other.Name, StringComparison.Ordinal) &&
        ShiftPoints == other.ShiftPoints &&
        TrendPoints == other.TrendPoints &&
        TwoInThreeCountsBeyondLimits == other.TwoInThreeCountsBeyondLimits &&
        RulesCrossingRecalculation == other.RulesCrossingRecalculation &&
        MovingRangeScreening == other.MovingRangeScreening &&
        ConflictResolution == other.ConflictResolution &&
        MinimumPoints == other.MinimumPoints &&
        ShortSegmentPoints == other.ShortSegmentPoints &&
        MinimumBaselinePoints == other.MinimumBaselinePoints &&
        BaselineOverridesRecalculation == other.BaselineOverridesRecalculation &&
        AssuranceComparison == other.AssuranceComparison &&
        VariationIconSkipsMissingLastPoint == other.VariationIconSkipsMissingLastPoint;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SpcOptions);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(ShiftPoints);
        hash.Add(TrendPoints);
        hash.Add(TwoInThreeCountsBeyondLimits);
        hash.Add(RulesCrossingRecalculation);
        hash.Add(MovingRangeScreening);
        hash.Add(ConflictResolution);
        hash.Add(MinimumPoints);
        hash.Add(ShortSegmentPoints);
        hash.Add(MinimumBaselinePoints);
        hash.Add(BaselineOverridesRecalculation);
        hash.Add(AssuranceComparison);
        hash.Add(VariationIconSkipsMissingLastPoint);
        return hash.ToHashCode();
    }

    /// <summary>
    /// The name and every setting, in a fixed order and invariant format, for an explanation to cite, e.g.
    /// <c>NHS England 2024: shift 6 points; trend 6 points; …</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Name);
        text.Append(": shift ").Append(ShiftPoints.ToString(CultureInfo.InvariantCulture)).Append(" points");
        text.Append("; trend ").Append(TrendPoints.ToString(CultureInfo.InvariantCulture)).Append(" points");
        text.Append("; two-in-three ").Append(TwoInThreeCountsBeyondLimits ? "counts" : "ignores").Append(" points beyond the limits");
        text.Append("; rules crossing a recalculation: ").Append(RulesCrossingRecalculation.ToString());
        text.Append("; moving-range screening: ").Append(MovingRangeScreening.ToString());
        text.Append("; conflicts: ").Append(ConflictResolution.ToString());
        text.Append("; minimum points ").Append(MinimumPoints.ToString(CultureInfo.InvariantCulture));
        text.Append("; short segment below ").Append(ShortSegmentPoints.ToString(CultureInfo.InvariantCulture)).Append(" points");
        text.Append("; minimum baseline ").Append(MinimumBaselinePoints.ToString(CultureInfo.InvariantCulture)).Append(" points");
        text.Append("; baseline ").Append(BaselineOverridesRecalculation ? "overrides recalculations" : "applies within each segment");
        text.Append("; assurance comparison: ").Append(AssuranceComparison.ToString());
        text.Append("; variation icon from the last ").Append(VariationIconSkipsMissingLastPoint ? "non-missing point" : "point");
        return text.ToString();
    }

    private SpcOptions Copy(
        string? name = null,
        int? shiftPoints = null,
        int? trendPoints = null,
        bool? twoInThreeCountsBeyondLimits = null,
        SpcRules? rulesCrossingRecalculation = null,
        MovingRangeScreening? movingRangeScreening = null,
        ConflictResolution? conflictResolution = null,
        int? minimumPoints = null,
        int? shortSegmentPoints = null,
        int? minimumBaselinePoints = null,
        bool? baselineOverridesRecalculation = null,
        AssuranceComparison? assuranceComparison = null,
        bool? variationIconSkipsMissingLastPoint = null)
    {
        var copy = new SpcOptions(
            Name,
            shiftPoints ?? ShiftPoints,
            trendPoints ?? TrendPoints,
            twoInThreeCountsBeyondLimits ?? TwoInThreeCountsBeyondLimits,
            rulesCrossingRecalculation ?? RulesCrossingRecalculation,
            movingRangeScreening ?? MovingRangeScreening,
            conflictResolution ?? ConflictResolution,
            minimumPoints ?? MinimumPoints,
            shortSegmentPoints ?? ShortSegmentPoints,
            minimumBaselinePoints ?? MinimumBaselinePoints,
            baselineOverridesRecalculation ?? BaselineOverridesRecalculation,
            assuranceComparison ?? AssuranceComparison,
            variationIconSkipsMissingLastPoint ?? VariationIconSkipsMissingLastPoint);
        if (name is not null)
        {
            return copy.Renamed(name);
        }
        // A changed setting must not keep a preset's name: an explanation would cite a profile that was not used.
        if (Equals(copy))
        {
            return this;
        }
        return copy.Renamed(Name.StartsWith(CustomPrefix, StringComparison.Ordinal) ? Name : CustomPrefix + Name + ")");
    }

    private SpcOptions Renamed(string name) => new(
        name, ShiftPoints, TrendPoints, TwoInThreeCountsBeyondLimits, RulesCrossingRecalculation, MovingRangeScreening,
        ConflictResolution, MinimumPoints, ShortSegmentPoints, MinimumBaselinePoints, BaselineOverridesRecalculation,
        AssuranceComparison, VariationIconSkipsMissingLastPoint);
}
