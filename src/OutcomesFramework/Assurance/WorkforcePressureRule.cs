using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Workforce pressure: at least <see cref="MinimumMeasures"/> of the social work workforce measures (turnover,
/// agency, vacancy, caseload…) are past their thresholds in the latest period. One finding about the authority as a
/// whole, listing every measure.
/// </summary>
/// <remarks>
/// Past means above the threshold when lower is better and below it when higher is better; equal is not past. A
/// measure without a value counts as not past and is listed as such.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class WorkforcePressureRule : AssuranceRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="measures">The measures and thresholds (at least one; each indicator once).</param>
    /// <param name="minimumMeasures">How many must be past their thresholds (1 to the number of measures).</param>
    /// <param name="title">A title, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid, the severity undefined, there is no measure, or a measure repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumMeasures"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public WorkforcePressureRule(string id, Severity severity, IEnumerable<WorkforceMeasure> measures, int minimumMeasures = 1, string? title = null)
        : base(id, severity, title)
    {
        Measures = Preconditions.CheckNotNull(measures, nameof(measures)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Measures, nameof(measures));
        Preconditions.CheckArgument(Measures.Length > 0, nameof(measures), "A workforce rule needs at least one measure.");
        Preconditions.CheckArgument(Measures.Select(m => m.IndicatorId).Distinct(StringComparer.Ordinal).Count() == Measures.Length, nameof(measures), "A measure is listed twice.");
        MinimumMeasures = Preconditions.CheckArgumentRange(nameof(minimumMeasures), minimumMeasures, 1, Measures.Length);
    }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.WorkforcePressure;

    /// <summary>Gets the measures and thresholds.</summary>
    public ImmutableArray<WorkforceMeasure> Measures { get; }

    /// <summary>Gets how many measures must be past their thresholds.</summary>
    public int MinimumMeasures { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new WorkforcePressureRule(id, severity, Measures, MinimumMeasures, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (WorkforcePressureRule)other;
        return Measures.SequenceEqual(o.Measures) && MinimumMeasures == o.MinimumMeasures;
    }

    internal override void Validate(Framework framework, Action<string, string> report)
    {
        for (var i = 0; i < Measures.Length; i++)
        {
            var where = "measures[" + i.ToString(CultureInfo.InvariantCulture) + "].indicator";
            var indicator = framework.FindIndicator(Measures[i].IndicatorId);
            if (indicator is null)
            {
                report(where, "Unknown indicator '" + Measures[i].IndicatorId + "': the framework '" + framework.Id + "' has no such indicator.");
            }
            else if (indicator.Polarity == Polarity.NoPolarity)
            {
                report(where, "Indicator '" + indicator.Id + "' has no polarity, so 'past the threshold' has no meaning.");
            }
        }
    }

    internal override void Evaluate(RuleContext context)
    {
        var past = 0;
        var parts = new List<string>(Measures.Length);
        var evidence = new List<EvidenceValue>(Measures.Length * 2 + 1);
        foreach (var m in Measures)
        {
            var e = context.Area.FindIndicator(m.IndicatorId);
            if (e is null || e.Indicator.Polarity == Polarity.NoPolarity)
            {
                continue;
            }
            var indicator = e.Indicator;
            var lower = indicator.Polarity == Polarity.LowerIsBetter;
            if (e.Value is { } v)
            {
                var isPast = lower ? v > m.Threshold : v < m.Threshold;
                if (isPast)
                {
                    past++;
                }
                parts.Add(indicator.Title + " " + AssuranceText.Value(indicator, v) + (isPast ? " (past " : " (within ") + AssuranceText.Number(m.Threshold, indicator.DecimalPlaces + 2) + ")");
                evidence.Add(new EvidenceValue(indicator.Id, v));
            }
            else
            {
                parts.Add(indicator.Title + ": no value");
            }
            evidence.Add(new EvidenceValue(indicator.Id + " threshold", m.Threshold));
        }
        if (past < MinimumMeasures)
        {
            return;
        }
        evidence.Add(new EvidenceValue("measures past threshold", past));
        context.Add(this, null,
            "Workforce pressure: " + AssuranceText.Int(past) + " of " + AssuranceText.Int(Measures.Length) + " workforce measures are past their thresholds (at least "
            + AssuranceText.Int(MinimumMeasures) + " raise this finding): " + string.Join("; ", parts) + ".",
            evidence.ToArray());
    }
}
