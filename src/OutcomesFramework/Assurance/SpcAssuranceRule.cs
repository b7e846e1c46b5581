using System;
using System.Collections.Generic;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Statistics.Spc;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// SPC assurance, for each selected indicator with a polarity: the target lies beyond the process limit on the good
/// side of the authority's XmR chart, so the process will consistently fail it (Making Data Count's "fail" assurance
/// icon). The target is written in the rule, the council's local target, or England's latest value.
/// </summary>
/// <remarks>Comparison with the limits follows the profile: strict for NHSRplotthedots, inclusive for NHS England.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SpcAssuranceRule : AssuranceRule
{
    private readonly SpcOptions options;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads (exactly one when the target is a value).</param>
    /// <param name="targetSource">Where the target comes from.</param>
    /// <param name="target">The target when <paramref name="targetSource"/> is <see cref="SpcTargetSource.Value"/>; null otherwise.</param>
    /// <param name="profile">The Making Data Count profile.</param>
    /// <param name="minimumPoints">The fewest values the chart needs (2 to 1000).</param>
    /// <param name="title">A title, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid, an enum undefined, the target does not fit its source, or a value target is given for other than exactly one indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPoints"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SpcAssuranceRule(string id, Severity severity, IndicatorSelection selection, SpcTargetSource targetSource, double? target = null, SpcProfile profile = SpcProfile.NhsrPlotTheDots, int minimumPoints = 13, string? title = null)
        : base(id, severity, title)
    {
        Selection = Preconditions.CheckNotNull(selection, nameof(selection));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(SpcTargetSource), targetSource), nameof(targetSource), "Unknown target source {0}.", targetSource);
        Preconditions.CheckArgument(target.HasValue == (targetSource == SpcTargetSource.Value), nameof(target), "A target value is given exactly when the target source is value ({0}).", targetSource);
        Preconditions.CheckArgument(target is null || (!double.IsNaN(target.Value) && !double.IsInfinity(target.Value)), nameof(target), "The target {0} is not a finite number.", target);
        Preconditions.CheckArgument(targetSource != SpcTargetSource.Value || selection.IndicatorIds.Length == 1, nameof(selection), "A target value applies to exactly one named indicator ({0} named).", selection.IndicatorIds.Length);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(SpcProfile), profile), nameof(profile), "Unknown profile {0}.", profile);
        TargetSource = targetSource;
        Target = target;
        Profile = profile;
        MinimumPoints = Preconditions.CheckArgumentRange(nameof(minimumPoints), minimumPoints, 2, 1000);
        options = SpcWorkspace.Options(profile, MinimumPoints);
    }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.SpcAssurance;

    /// <summary>Gets the indicators the rule reads.</summary>
    public IndicatorSelection Selection { get; }

    /// <summary>Gets where the target comes from.</summary>
    public SpcTargetSource TargetSource { get; }

    /// <summary>Gets the target value, or null when it comes from the evidence.</summary>
    public double? Target { get; }

    /// <summary>Gets the profile.</summary>
    public SpcProfile Profile { get; }

    /// <summary>Gets the fewest values the chart needs.</summary>
    public int MinimumPoints { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new SpcAssuranceRule(id, severity, Selection, TargetSource, Target, Profile, MinimumPoints, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (SpcAssuranceRule)other;
        return Selection.Equals(o.Selection) && TargetSource == o.TargetSource && Nullable.Equals(Target, o.Target) && Profile == o.Profile && MinimumPoints == o.MinimumPoints;
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
            double? target = TargetSource switch
            {
                SpcTargetSource.Value => Target,
                SpcTargetSource.LocalTarget => e.LocalTarget,
                _ => e.EnglandValue,
            };
            if (target is not { } t)
            {
                continue;
            }
            var chart = context.Spc;
            if (!chart.Draw(e, options, t) || chart.Summary.AssuranceIcon != AssuranceIcon.Fail)
            {
                continue;
            }
            var indicator = e.Indicator;
            var summary = chart.Summary;
            var lower = summary.LowerProcessLimit!.Value;
            var upper = summary.UpperProcessLimit!.Value;
            var targetName = TargetSource switch
            {
                SpcTargetSource.Value => "the target",
                SpcTargetSource.LocalTarget => "the local target",
                _ => "England's value",
            };
            var higher = indicator.Polarity == Polarity.HigherIsBetter;
            var evidence = new List<EvidenceValue>
            {
                new("target", t), new("lower process limit", lower), new("upper process limit", upper), new("points", summary.PointCount - summary.MissingCount),
            };
            if (summary.Mean is { } mean)
            {
                evidence.Add(new EvidenceValue("mean", mean));
            }
            context.Add(this, e, AssuranceText.Constant(
                e.NameText + " will consistently fail " + targetName + " of " + AssuranceText.Value(indicator, t) + ": it lies "
                + (higher ? "above the upper" : "below the lower") + " process limit of the XmR chart (limits ["
                + AssuranceText.Number(lower, indicator.DecimalPlaces + 1) + ", " + AssuranceText.Number(upper, indicator.DecimalPlaces + 1) + "], "
                + AssuranceText.Int(summary.PointCount - summary.MissingCount) + " values to " + e.PeriodText + ", " + SpcWorkspace.DisplayName(Profile) + ")."),
                TargetSource == SpcTargetSource.England ? "England value" : TargetSource == SpcTargetSource.LocalTarget ? "Local target" : "Value",
                evidence.ToArray());
        }
    }
}
