using System;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Statistics.Spc;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// SPC special cause of concern, for each selected indicator with a polarity: one of the last points of the
/// authority's XmR chart (Making Data Count, drawn with the rule's profile) is special cause concern — beyond a
/// process limit, part of a shift or trend, or two of three near a limit, on the bad side.
/// </summary>
/// <remarks>
/// The chart runs from the authority's first value to the period the scorecard uses, one point per period; a missing
/// year is a missing point. The rule's <see cref="MinimumPoints"/> replaces the profile's minimum: annual data rarely
/// reaches the 13 points Making Data Count asks for, so the default rule set accepts fewer and says so.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SpcConcernRule : AssuranceRule
{
    private readonly SpcOptions options;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="profile">The Making Data Count profile.</param>
    /// <param name="minimumPoints">The fewest values the chart needs (2 to 1000).</param>
    /// <param name="lastPoints">How many of the latest points are looked at (1 = the point that decides the variation icon; up to 20).</param>
    /// <param name="title">A title, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid or an enum undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SpcConcernRule(string id, Severity severity, IndicatorSelection selection, SpcProfile profile = SpcProfile.NhsrPlotTheDots, int minimumPoints = 13, int lastPoints = 1, string? title = null)
        : base(id, severity, title)
    {
        Selection = Preconditions.CheckNotNull(selection, nameof(selection));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(SpcProfile), profile), nameof(profile), "Unknown profile {0}.", profile);
        Profile = profile;
        MinimumPoints = Preconditions.CheckArgumentRange(nameof(minimumPoints), minimumPoints, 2, 1000);
        LastPoints = Preconditions.CheckArgumentRange(nameof(lastPoints), lastPoints, 1, 20);
        options = SpcWorkspace.Options(profile, MinimumPoints);
    }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.SpcConcern;

    /// <summary>Gets the indicators the rule reads.</summary>
    public IndicatorSelection Selection { get; }

    /// <summary>Gets the profile.</summary>
    public SpcProfile Profile { get; }

    /// <summary>Gets the fewest values the chart needs.</summary>
    public int MinimumPoints { get; }

    /// <summary>Gets how many of the latest points are looked at.</summary>
    public int LastPoints { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new SpcConcernRule(id, severity, Selection, Profile, MinimumPoints, LastPoints, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (SpcConcernRule)other;
        return Selection.Equals(o.Selection) && Profile == o.Profile && MinimumPoints == o.MinimumPoints && LastPoints == o.LastPoints;
    }

    internal override void Validate(Framework framework, Action<string, string> report) => Selection.Validate(framework, report);

    internal override void Evaluate(RuleContext context)
    {
        foreach (var e in context.Area.Indicators)
        {
            if (!Selection.Includes(e.Indicator))
            {
                continue;
            }
            var chart = context.Spc;
            if (!chart.Draw(e, options, double.NaN) || !chart.LimitsShown)
            {
                continue;
            }
            var n = chart.Count;
            var concern = -1;
            for (var i = n - 1; i >= Math.Max(0, n - LastPoints); i--)
            {
                if (chart.VariationOf(i) is Variation.ConcernHigh or Variation.ConcernLow)
                {
                    concern = i;
                    break;
                }
            }
            if (concern < 0)
            {
                continue;
            }
            var indicator = e.Indicator;
            var summary = chart.Summary;
            var value = chart.Value(concern);
            var label = chart.Label(concern).ToLabel(options);
            var pointsBack = n - 1 - concern;
            var where = pointsBack == 0 ? "the latest point" : "the point " + AssuranceText.Int(pointsBack) + (pointsBack == 1 ? " period" : " periods") + " before the latest";
            var limits = summary.LowerProcessLimit is { } lpl && summary.UpperProcessLimit is { } upl
                ? ", process limits [" + AssuranceText.Number(lpl, indicator.DecimalPlaces + 1) + ", " + AssuranceText.Number(upl, indicator.DecimalPlaces + 1) + "]"
                : string.Empty;
            var evidence = new System.Collections.Generic.List<EvidenceValue> { new("value", value), new("rule", label), new("points", n - summary.MissingCount) };
            var meanText = string.Empty;
            if (summary.Mean is { } mean)
            {
                evidence.Add(new EvidenceValue("mean", mean));
                meanText = "; mean " + AssuranceText.Number(mean, indicator.DecimalPlaces + 1);
            }
            if (summary.LowerProcessLimit is { } lower && summary.UpperProcessLimit is { } upper)
            {
                evidence.Add(new EvidenceValue("lower process limit", lower));
                evidence.Add(new EvidenceValue("upper process limit", upper));
            }
            context.Add(this, e, AssuranceText.Constant(
                e.NameText + ": special cause concern at " + where + " of its XmR chart (" + label + ", value "
                + AssuranceText.Number(indicator, value) + meanText + limits + "; "
                + AssuranceText.Int(n - summary.MissingCount) + " values, " + SpcWorkspace.DisplayName(Profile) + ")."),
                "Value",
                evidence.ToArray());
        }
    }
}
