using System;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// A local threshold, or red and amber bands, on one indicator: the finding is red (the rule's severity) past the red
/// threshold and amber (a lower severity) past the amber one. "Past" is read through the indicator's polarity
/// (below when higher is better, above when lower is better) unless the rule says above or below. The thresholds
/// apply to the value, or to the value as a percentage of a target.
/// </summary>
/// <remarks>
/// <para>Example (lower is better, percentage of target 20%): amber 105, red 120 — a value of 23% is 115% of the
/// target, past amber (105) but not red (120), so the finding is amber.</para>
/// <para>A value exactly on a threshold is not past it.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ThresholdRule : AssuranceRule
{
    /// <summary>Creates a threshold rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity past the red threshold.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="red">The red threshold (for <see cref="ThresholdBasis.PercentOfTarget"/>, a percentage of the target).</param>
    /// <param name="amber">The amber threshold, or null for a single threshold; it must be on the good side of red.</param>
    /// <param name="amberSeverity">The severity past the amber threshold (below <paramref name="severity"/>); given exactly when <paramref name="amber"/> is.</param>
    /// <param name="basis">Whether the thresholds apply to the value or to the value as a percentage of the target.</param>
    /// <param name="target">The target for <see cref="ThresholdBasis.PercentOfTarget"/> (non-zero), or null to use the council's local target; must be null for <see cref="ThresholdBasis.Value"/>.</param>
    /// <param name="direction">Which side is bad: by polarity (the default), or above or below.</param>
    /// <param name="title">A title, or null.</param>
    /// <exception cref="ArgumentException">An id is invalid, a number is not finite, amber and its severity are not given together,
    /// the amber severity is not below the red one, amber is on the bad side of red (for an explicit direction), or the target does not fit the basis.</exception>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    public ThresholdRule(
        string id,
        Severity severity,
        string indicatorId,
        double red,
        double? amber = null,
        Severity? amberSeverity = null,
        ThresholdBasis basis = ThresholdBasis.Value,
        double? target = null,
        ThresholdDirection direction = ThresholdDirection.Polarity,
        string? title = null)
        : base(id, severity, title)
    {
        IndicatorId = Identifiers.CheckId(indicatorId, nameof(indicatorId));
        Preconditions.CheckArgument(IsFinite(red), nameof(red), "The red threshold {0} is not a finite number.", red);
        Preconditions.CheckArgument(amber is null || IsFinite(amber.Value), nameof(amber), "The amber threshold {0} is not a finite number.", amber);
        Preconditions.CheckArgument(amber.HasValue == amberSeverity.HasValue, nameof(amberSeverity), "An amber threshold and its severity are given together.");
        Preconditions.CheckArgument(amberSeverity is null || (Enum.IsDefined(typeof(Severity), amberSeverity.Value) && amberSeverity.Value < severity), nameof(amberSeverity),
            "The amber severity ({0}) must be below the red severity.", amberSeverity);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(ThresholdBasis), basis), nameof(basis), "Unknown basis {0}.", basis);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(ThresholdDirection), direction), nameof(direction), "Unknown direction {0}.", direction);
        Preconditions.CheckArgument(basis == ThresholdBasis.PercentOfTarget || target is null, nameof(target), "A target is given only with the basis percentOfTarget.");
        Preconditions.CheckArgument(target is null || (IsFinite(target.Value) && target.Value != 0), nameof(target), "The target {0} must be a finite, non-zero number.", target);
        if (amber is { } a && direction != ThresholdDirection.Polarity)
        {
            CheckOrder(direction == ThresholdDirection.Above, a, red, nameof(amber));
        }
        Red = red;
        Amber = amber;
        AmberSeverity = amberSeverity;
        Basis = basis;
        Target = target;
        Direction = direction;
    }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Threshold;

    /// <summary>Gets the indicator.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the red threshold.</summary>
    public double Red { get; }

    /// <summary>Gets the amber threshold, or null.</summary>
    public double? Amber { get; }

    /// <summary>Gets the severity past the amber threshold, or null.</summary>
    public Severity? AmberSeverity { get; }

    /// <summary>Gets what the thresholds apply to.</summary>
    public ThresholdBasis Basis { get; }

    /// <summary>Gets the target for a percentage-of-target basis, or null (the local target is used).</summary>
    public double? Target { get; }

    /// <summary>Gets which side of the thresholds is bad.</summary>
    public ThresholdDirection Direction { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new ThresholdRule(id, severity, IndicatorId, Red, Amber, AmberSeverity, Basis, Target, Direction, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (ThresholdRule)other;
        return string.Equals(IndicatorId, o.IndicatorId, StringComparison.Ordinal) && Red.Equals(o.Red) && Nullable.Equals(Amber, o.Amber)
            && AmberSeverity == o.AmberSeverity && Basis == o.Basis && Nullable.Equals(Target, o.Target) && Direction == o.Direction;
    }

    internal override void Validate(Framework framework, Action<string, string> report)
    {
        var indicator = framework.FindIndicator(IndicatorId);
        if (indicator is null)
        {
            report("indicator", "Unknown indicator '" + IndicatorId + "': the framework '" + framework.Id + "' has no such indicator.");
            return;
        }
        if (Direction == ThresholdDirection.Polarity)
        {
            if (indicator.Polarity == Polarity.NoPolarity)
            {
                report("direction", "Indicator '" + IndicatorId + "' has no polarity, so the rule must say whether above or below the threshold is bad.");
            }
            else if (Amber is { } a && !InOrder(indicator.Polarity == Polarity.LowerIsBetter, a, Red))
            {
                report("amber", "The amber threshold must be on the good side of the red one (" + (indicator.Polarity == Polarity.LowerIsBetter ? "at or below" : "at or above") + " it: '" + IndicatorId + "' is " + (indicator.Polarity == Polarity.LowerIsBetter ? "lower" : "higher") + " is better).");
            }
        }
    }

    internal override void Evaluate(RuleContext context)
    {
        var e = context.Area.FindIndicator(IndicatorId);
        if (e?.Value is not { } value)
        {
            return;
        }
        var indicator = e.Indicator;
        bool above;
        switch (Direction)
        {
            case ThresholdDirection.Above:
                above = true;
                break;
            case ThresholdDirection.Below:
                above = false;
                break;
            default:
                if (indicator.Polarity == Polarity.NoPolarity)
                {
                    return;
                }
                above = indicator.Polarity == Polarity.LowerIsBetter;
                break;
        }
        double measured;
        double? target = null;
        if (Basis == ThresholdBasis.PercentOfTarget)
        {
            target = Target ?? e.LocalTarget;
            if (target is not { } t || t == 0)
            {
                return;
            }
            measured = value / t * 100;
        }
        else
        {
            measured = value;
        }
        Severity severity;
        double threshold;
        string band;
        if (Past(above, measured, Red))
        {
            severity = Severity;
            threshold = Red;
            band = "red";
        }
        else if (Amber is { } a && Past(above, measured, a))
        {
            severity = AmberSeverity!.Value;
            threshold = a;
            band = "amber";
        }
        else
        {
            return;
        }
        var side = above ? "above" : "below";
        EvidenceValue[] evidence;
        if (target is { } tv)
        {
            evidence = new[]
            {
                new EvidenceValue("value", value), new EvidenceValue("target", tv), new EvidenceValue("percent of target", measured),
                new EvidenceValue(band + " threshold", threshold), new EvidenceValue("band", band),
            };
            context.Add(this, severity, e, AssuranceText.Constant(e.Headline + ", " + AssuranceText.Number(measured, 1) + "% of the target "
                + AssuranceText.Number(indicator, tv) + ": " + side + " the " + band + " threshold of " + AssuranceText.Number(threshold, 2) + "% of target."), "Value", evidence);
        }
        else
        {
            evidence = new[] { new EvidenceValue("value", value), new EvidenceValue(band + " threshold", threshold), new EvidenceValue("band", band) };
            context.Add(this, severity, e, AssuranceText.Constant(e.Headline + ": " + side + " the " + band + " threshold of " + AssuranceText.Value(indicator, threshold) + "."), "Value", evidence);
        }
    }

    private static bool Past(bool above, double value, double threshold) => above ? value > threshold : value < threshold;

    private static bool InOrder(bool above, double amber, double red) => above ? amber <= red : amber >= red;

    private static void CheckOrder(bool above, double amber, double red, string paramName) =>
        Preconditions.CheckArgument(InOrder(above, amber, red), paramName, "The amber threshold must be on the good side of the red one ({0}).", above ? "at or below it" : "at or above it");

    private static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
}
