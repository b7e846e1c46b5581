using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// What the assurance rules read about one indicator for one authority: the figure for the period used with its
/// status and interval, the England and statistical-neighbour comparators, the quartile band, the recent trend, a
/// local target, and the authority's series up to the period used (for deterioration and SPC).
/// </summary>
/// <remarks>
/// Made from a scorecard by <see cref="AssuranceEvidence"/>, or by hand (tests, local data). Anything unknown is null;
/// a rule that needs it then raises no finding.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="requestedPeriod">The indicator's period ending in the scorecard's year.</param>
    /// <param name="period">The period the figures are from (the latest published on or before the requested one), or null when none is published.</param>
    /// <param name="status">The status of the authority's observation in <paramref name="period"/>, or null when the data holds none.</param>
    /// <param name="value">The authority's value: present exactly when <paramref name="status"/> is <see cref="ObservationStatus.Value"/>.</param>
    /// <param name="interval">The confidence interval of the value, or null.</param>
    /// <param name="englandValue">England's value in the same period, or null.</param>
    /// <param name="neighbourValue">The statistical neighbours' average in the same period, or null.</param>
    /// <param name="band">The LAIT quartile band, or null (no polarity, no banding, no value).</param>
    /// <param name="trend">The Fingertips recent trend read through polarity, or null when not computed.</param>
    /// <param name="localTarget">The council's local target, or null.</param>
    /// <param name="history">The authority's series, oldest first, ending at or before <paramref name="period"/>; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The value and status disagree, a number is not finite, or the history is not in strictly increasing period order.</exception>
    public IndicatorEvidence(
        Indicator indicator,
        ReportingPeriod requestedPeriod,
        ReportingPeriod? period = null,
        ObservationStatus? status = null,
        double? value = null,
        ConfidenceInterval? interval = null,
        double? englandValue = null,
        double? neighbourValue = null,
        QuartileBand? band = null,
        TrendDirection? trend = null,
        double? localTarget = null,
        IEnumerable<SeriesPoint>? history = null)
    {
        Indicator = Preconditions.CheckNotNull(indicator, nameof(indicator));
        Preconditions.CheckArgument(status is null || period is not null, nameof(status), "An observation status needs the period it is for.");
        if (value.HasValue != (status == ObservationStatus.Value))
        {
            // Worded only on failure: evidence is built for every indicator of every authority.
            Preconditions.CheckArgument(false, nameof(value),
                string.Format(CultureInfo.InvariantCulture, "Indicator '{0}': a value is given exactly when the status is Value (status {1}).", indicator.Id, status?.ToString() ?? "none"));
        }
        CheckFinite(value, nameof(value));
        CheckFinite(englandValue, nameof(englandValue));
        CheckFinite(neighbourValue, nameof(neighbourValue));
        CheckFinite(localTarget, nameof(localTarget));
        RequestedPeriod = requestedPeriod;
        Period = period;
        Status = status;
        Value = value;
        Interval = interval;
        EnglandValue = englandValue;
        NeighbourValue = neighbourValue;
        Band = band == QuartileBand.None ? null : band;
        Trend = trend;
        LocalTarget = localTarget;
        History = history switch
        {
            null => ImmutableArray<SeriesPoint>.Empty,
            ImmutableArray<SeriesPoint> array => array.IsDefault ? ImmutableArray<SeriesPoint>.Empty : array,
            _ => history.ToImmutableArray(),
        };
        for (var i = 1; i < History.Length; i++)
        {
            Preconditions.CheckArgument(History[i - 1].Period < History[i].Period, nameof(history),
                "Indicator '{0}': the history must be in strictly increasing period order.", indicator.Id);
        }
        EnglandComparison = BenchmarkComparison.Compare(value, interval, englandValue, indicator.Polarity);
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the indicator's period ending in the scorecard's year.</summary>
    public ReportingPeriod RequestedPeriod { get; }

    /// <summary>Gets the period the figures are from, or null when none is published.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the status of the authority's observation, or null when there is none.</summary>
    public ObservationStatus? Status { get; }

    /// <summary>Gets the authority's value, or null.</summary>
    public double? Value { get; }

    /// <summary>Gets the confidence interval, or null.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>Gets England's value, or null.</summary>
    public double? EnglandValue { get; }

    /// <summary>Gets the statistical neighbours' average, or null.</summary>
    public double? NeighbourValue { get; }

    /// <summary>Gets the quartile band, or null.</summary>
    public QuartileBand? Band { get; }

    /// <summary>Gets the recent trend, or null.</summary>
    public TrendDirection? Trend { get; }

    /// <summary>Gets the local target, or null.</summary>
    public double? LocalTarget { get; }

    /// <summary>Gets the authority's series, oldest first.</summary>
    public ImmutableArray<SeriesPoint> History { get; }

    /// <summary>Gets the comparison with England (Fingertips: England's value inside the interval is similar), through polarity.</summary>
    public BenchmarkOutcome EnglandComparison { get; }

    /// <summary>Gets the end year of the authority's latest period with a value in <see cref="History"/> (or of <see cref="Period"/> when it has a value), or null.</summary>
    public int? LatestValueYear
    {
        get
        {
            int? latest = Value is not null && Period is { } p ? p.EndYear : null;
            for (var i = History.Length - 1; i >= 0; i--)
            {
                if (History[i].Value is not null)
                {
                    return latest is { } l && l > History[i].Period.EndYear ? l : History[i].Period.EndYear;
                }
            }
            return latest;
        }
    }

    /// <summary>Gets the period used, as text ("year ending 31 March 2025"), formatted once for the rules' messages.</summary>
    internal string PeriodText => periodText ??= Period?.ToString() ?? "no period";

    private string? periodText;

    /// <summary>Gets "Title (id)", formatted once.</summary>
    internal string NameText => nameText ??= AssuranceText.Name(Indicator);

    private string? nameText;

    /// <summary>Gets "Title (id) is 27.4% in year ending 31 March 2025", formatted once (only for evidence with a value).</summary>
    internal string Headline => headline ??= NameText + " is " + AssuranceText.Value(Indicator, Value ?? 0) + " in " + PeriodText;

    private string? headline;

    /// <inheritdoc />
    public override string ToString() => Indicator.Id + ": " + (Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : Status?.Describe() ?? "no observation");

    private static void CheckFinite(double? value, string paramName) =>
        Preconditions.CheckArgument(value is null || (!double.IsNaN(value.Value) && !double.IsInfinity(value.Value)), paramName, "The value {0} is not a finite number.", value);
}
