using System;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// A gap to a benchmark, for each selected indicator with a polarity: significantly worse than England (England's
/// value outside the authority's confidence interval, on the good side), in LAIT quartile band D, or worse than the
/// statistical neighbours' average by more than a margin.
/// </summary>
/// <remarks>
/// The neighbour gap is (value − neighbours) when lower is better and (neighbours − value) when higher is better, so
/// a positive gap is worse; as a percentage it is divided by |neighbours|. The rule fires when the gap exceeds the
/// margin (a gap equal to it does not fire). Indicators without polarity are never judged.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BenchmarkGapRule : AssuranceRule
{
    private BenchmarkGapRule(string id, Severity severity, IndicatorSelection selection, BenchmarkGap benchmark, double margin, MarginUnit unit, string? title)
        : base(id, severity, title)
    {
        Selection = Preconditions.CheckNotNull(selection, nameof(selection));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(BenchmarkGap), benchmark), nameof(benchmark), "Unknown benchmark {0}.", benchmark);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(MarginUnit), unit), nameof(unit), "Unknown margin unit {0}.", unit);
        Preconditions.CheckArgumentRange(nameof(margin), margin, 0, double.MaxValue);
        Preconditions.CheckArgument(benchmark == BenchmarkGap.WorseThanNeighbours || (margin == 0 && unit == MarginUnit.Absolute), nameof(margin),
            "A margin is given only for the gap to the statistical neighbours ({0}).", benchmark);
        Benchmark = benchmark;
        Margin = margin;
        MarginUnit = unit;
    }

    /// <summary>Creates a rule that fires when the authority is significantly worse than England.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BenchmarkGapRule SignificantlyWorseThanEngland(string id, Severity severity, IndicatorSelection selection, string? title = null) =>
        new(id, severity, selection, BenchmarkGap.SignificantlyWorseThanEngland, 0, MarginUnit.Absolute, title);

    /// <summary>Creates a rule that fires when the authority is in quartile band D.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BenchmarkGapRule BottomQuartile(string id, Severity severity, IndicatorSelection selection, string? title = null) =>
        new(id, severity, selection, BenchmarkGap.BottomQuartile, 0, MarginUnit.Absolute, title);

    /// <summary>Creates a rule that fires when the authority is worse than its statistical neighbours' average by more than a margin.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="margin">The margin (≥ 0).</param>
    /// <param name="unit">Whether the margin is in the indicator's unit or a percentage of the neighbours' average.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or an enum undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The margin is negative or not finite.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BenchmarkGapRule WorseThanNeighbours(string id, Severity severity, IndicatorSelection selection, double margin, MarginUnit unit, string? title = null) =>
        new(id, severity, selection, BenchmarkGap.WorseThanNeighbours, margin, unit, title);

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.BenchmarkGap;

    /// <summary>Gets the indicators the rule reads.</summary>
    public IndicatorSelection Selection { get; }

    /// <summary>Gets the benchmark.</summary>
    public BenchmarkGap Benchmark { get; }

    /// <summary>Gets the margin for <see cref="BenchmarkGap.WorseThanNeighbours"/> (0 otherwise).</summary>
    public double Margin { get; }

    /// <summary>Gets the margin's unit.</summary>
    public MarginUnit MarginUnit { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new BenchmarkGapRule(id, severity, Selection, Benchmark, Margin, MarginUnit, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (BenchmarkGapRule)other;
        return Selection.Equals(o.Selection) && Benchmark == o.Benchmark && Margin.Equals(o.Margin) && MarginUnit == o.MarginUnit;
    }

    internal override void Validate(Framework framework, Action<string, string> report) => Selection.Validate(framework, report);

    internal override void Evaluate(RuleContext context)
    {
        foreach (var e in context.Area.Indicators)
        {
            var indicator = e.Indicator;
            if (indicator.Polarity == Polarity.NoPolarity || e.Value is not { } value || !Selection.Includes(indicator))
            {
                continue;
            }
            switch (Benchmark)
            {
                case BenchmarkGap.SignificantlyWorseThanEngland:
                    if (e.EnglandComparison is BenchmarkOutcome.Worse or BenchmarkOutcome.Worst && e.Interval is { } ci && e.EnglandValue is { } england)
                    {
                        context.Add(this, e, EnglandMessage(e, england, ci), "Compared with",
                            new EvidenceValue("value", value), new EvidenceValue("England", england),
                            new EvidenceValue("interval lower", ci.Lower), new EvidenceValue("interval upper", ci.Upper));
                    }
                    break;
                case BenchmarkGap.BottomQuartile:
                    if (e.Band == QuartileBand.D)
                    {
                        context.Add(this, e, BandMessage(e), "Quartile band",
                            new EvidenceValue("value", value), new EvidenceValue("band", "D"));
                    }
                    break;
                default:
                    if (e.NeighbourValue is { } neighbours)
                    {
                        var gap = indicator.Polarity == Polarity.LowerIsBetter ? value - neighbours : neighbours - value;
                        if (MarginUnit == MarginUnit.Percent && neighbours == 0)
                        {
                            break;
                        }
                        var measured = MarginUnit == MarginUnit.Percent ? gap / Math.Abs(neighbours) * 100 : gap;
                        if (measured > Margin)
                        {
                            context.Add(this, e, NeighbourMessage(e, neighbours, gap, measured), "Statistical neighbour",
                                new EvidenceValue("value", value), new EvidenceValue("neighbours", neighbours),
                                new EvidenceValue(MarginUnit == MarginUnit.Percent ? "gap percent" : "gap", measured), new EvidenceValue("margin", Margin));
                        }
                    }
                    break;
            }
        }
    }

    // The messages are written when first read; these methods keep the closures out of the loop.
    private static Func<string> EnglandMessage(IndicatorEvidence e, double england, ConfidenceInterval ci) => () =>
        e.Headline + ", significantly worse than England (" + AssuranceText.Value(e.Indicator, england) + "): England's value lies "
        + (e.Indicator.Polarity == Polarity.LowerIsBetter ? "below" : "above") + " the " + ci.Level + " interval ["
        + AssuranceText.Number(ci.Lower, e.Indicator.DecimalPlaces + 1) + ", " + AssuranceText.Number(ci.Upper, e.Indicator.DecimalPlaces + 1) + "].";

    private static Func<string> BandMessage(IndicatorEvidence e) => () => e.Headline + ": quartile band D, the worst quarter of authorities.";

    private Func<string> NeighbourMessage(IndicatorEvidence e, double neighbours, double gap, double measured) => () =>
    {
        var indicator = e.Indicator;
        var gapText = MarginUnit == MarginUnit.Percent
            ? AssuranceText.Number(measured, 1) + "% worse than"
            : AssuranceText.Number(indicator, gap) + " worse than";
        return e.Headline + ", " + gapText + " the statistical neighbours' " + AssuranceText.Value(indicator, neighbours) + " (margin "
            + (MarginUnit == MarginUnit.Percent ? AssuranceText.Number(Margin, 2) + "%" : AssuranceText.Number(Margin, indicator.DecimalPlaces + 2)) + ").";
    };
}
