using System;
using System.Collections.Generic;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Deterioration, for each selected indicator with a polarity: the value got worse in each of the last N changes
/// between consecutive periods, or the Fingertips recent trend is significant and getting worse.
/// </summary>
/// <remarks>
/// "Worse in each of the last N changes" needs N + 1 consecutive periods with values, ending at the period the
/// scorecard uses; a gap (a missing or suppressed year) or an unchanged value breaks the run. Example (lower is better,
/// N = 3): 20, 21, 23, 24 — three rises in a row — fires; 20, 21, 21, 24 does not.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeteriorationRule : AssuranceRule
{
    /// <summary>The most periods a consecutive-deterioration test may ask for.</summary>
    public const int MaxPeriods = 20;

    private DeteriorationRule(string id, Severity severity, IndicatorSelection selection, DeteriorationTest test, int periods, string? title)
        : base(id, severity, title)
    {
        Selection = Preconditions.CheckNotNull(selection, nameof(selection));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(DeteriorationTest), test), nameof(test), "Unknown test {0}.", test);
        Test = test;
        Periods = test == DeteriorationTest.ConsecutivePeriods ? Preconditions.CheckArgumentRange(nameof(periods), periods, 1, MaxPeriods) : 0;
    }

    /// <summary>Creates a rule that fires when the value got worse in each of the last <paramref name="periods"/> changes.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="periods">The number of consecutive worsening changes (1 to <see cref="MaxPeriods"/>).</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DeteriorationRule ConsecutivePeriods(string id, Severity severity, IndicatorSelection selection, int periods, string? title = null) =>
        new(id, severity, selection, DeteriorationTest.ConsecutivePeriods, periods, title);

    /// <summary>Creates a rule that fires on a significant worsening recent trend.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DeteriorationRule SignificantTrend(string id, Severity severity, IndicatorSelection selection, string? title = null) =>
        new(id, severity, selection, DeteriorationTest.SignificantTrend, 0, title);

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Deterioration;

    /// <summary>Gets the indicators the rule reads.</summary>
    public IndicatorSelection Selection { get; }

    /// <summary>Gets the test.</summary>
    public DeteriorationTest Test { get; }

    /// <summary>Gets the number of consecutive worsening changes (0 for the trend test).</summary>
    public int Periods { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new DeteriorationRule(id, severity, Selection, Test, Periods, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (DeteriorationRule)other;
        return Selection.Equals(o.Selection) && Test == o.Test && Periods == o.Periods;
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
            if (Test == DeteriorationTest.SignificantTrend)
            {
                if (e.Trend is TrendDirection.IncreasingAndGettingWorse or TrendDirection.DecreasingAndGettingWorse)
                {
                    var rising = e.Trend == TrendDirection.IncreasingAndGettingWorse;
                    context.Add(this, e, TrendMessage(e, rising), "Recent trend",
                        new EvidenceValue("value", value), new EvidenceValue("trend", rising ? "increasing and getting worse" : "decreasing and getting worse"));
                }
                continue;
            }
            var run = WorseningRun(e);
            if (run is not null)
            {
                var values = new EvidenceValue[run.Count];
                for (var i = 0; i < run.Count; i++)
                {
                    values[i] = new EvidenceValue(run[i].Period.Label, run[i].Value!.Value);
                }
                context.Add(this, e, RunMessage(e, run, Periods), "Change from previous period", values);
            }
        }
    }

    // The messages are written when first read; these methods keep the closures out of the loop.
    private static Func<string> TrendMessage(IndicatorEvidence e, bool rising) => () =>
        e.Headline + ", with a significant " + (rising ? "increasing" : "decreasing") + " trend over the recent periods that is getting worse ("
        + (e.Indicator.Polarity == Polarity.LowerIsBetter ? "lower" : "higher") + " is better).";

    private static Func<string> RunMessage(IndicatorEvidence e, List<SeriesPoint> run, int periods) => () =>
    {
        var texts = new string[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            texts[i] = AssuranceText.Number(e.Indicator, run[i].Value!.Value);
        }
        return e.NameText + " got worse in each of the last " + AssuranceText.Int(periods) + " periods: " + string.Join(", ", texts)
            + " (" + run[0].Period.Label + " to " + run[run.Count - 1].Period.Label + ", " + (e.Indicator.Polarity == Polarity.LowerIsBetter ? "lower" : "higher") + " is better).";
    };

    /// <summary>The last <see cref="Periods"/> + 1 points when each is worse than the one before, else null.</summary>
    private List<SeriesPoint>? WorseningRun(IndicatorEvidence e)
    {
        var history = e.History;
        var need = Periods + 1;
        if (history.Length < need || e.Period is not { } period || history[history.Length - 1].Period != period)
        {
            return null;
        }
        var lowerIsBetter = e.Indicator.Polarity == Polarity.LowerIsBetter;
        var start = history.Length - need;
        for (var i = start; i < history.Length; i++)
        {
            if (history[i].Value is not { } current)
            {
                return null;
            }
            if (i > start)
            {
                var previous = history[i - 1];
                if (!previous.Period.IsFollowedBy(history[i].Period))
                {
                    return null;
                }
                var worse = lowerIsBetter ? current > previous.Value!.Value : current < previous.Value!.Value;
                if (!worse)
                {
                    return null;
                }
            }
        }
        var run = new List<SeriesPoint>(need);
        for (var i = start; i < history.Length; i++)
        {
            run.Add(history[i]);
        }
        return run;
    }
}
