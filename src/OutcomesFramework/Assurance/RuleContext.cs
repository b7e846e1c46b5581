using System;
using System.Collections.Generic;
using System.Globalization;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Assurance;

/// <summary>The state of evaluating a rule set for one authority: the evidence, the findings so far and per-area caches.</summary>
internal sealed class RuleContext
{
    public RuleContext(AreaEvidence area, string ruleSetId, string ruleSetVersion, SpcWorkspace spc)
    {
        Area = area;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Spc = spc;
    }

    public AreaEvidence Area { get; }

    public string RuleSetId { get; }

    public string RuleSetVersion { get; }

    public SpcWorkspace Spc { get; }

    public List<Finding> Findings { get; } = new();

    /// <summary>Adds a finding about one indicator, its message written when first read.</summary>
    public void Add(AssuranceRule rule, IndicatorEvidence subject, Func<string> message, string? pathSuffix, params EvidenceValue[] evidence) =>
        Add(rule, rule.Severity, subject, message, pathSuffix, evidence);

    /// <summary>Adds a finding about one indicator with an explicit severity (amber bands).</summary>
    public void Add(AssuranceRule rule, Severity severity, IndicatorEvidence subject, Func<string> message, string? pathSuffix, EvidenceValue[] evidence)
    {
        var indicator = subject.Indicator;
        Findings.Add(new Finding(rule, RuleSetId, RuleSetVersion, severity, Area.Area, message, evidence, indicator.OutcomeId, indicator.Id, subject.Period, pathSuffix));
    }

    /// <summary>Adds a finding about the authority as a whole carrying a risk estimate (logistic scores).</summary>
    public void Add(AssuranceRule rule, Severity severity, Func<string> message, EvidenceValue[] evidence, RiskEstimate risk) =>
        Findings.Add(new Finding(rule, RuleSetId, RuleSetVersion, severity, Area.Area, message, evidence, null, null, null, null, risk));

    /// <summary>Adds a finding about one outcome, or (with a null outcome) about the authority as a whole.</summary>
    public void Add(AssuranceRule rule, string? outcomeId, string message, params EvidenceValue[] evidence) =>
        Findings.Add(new Finding(rule, RuleSetId, RuleSetVersion, rule.Severity, Area.Area, AssuranceText.Constant(message), evidence, outcomeId, null, null, null));
}

/// <summary>Culture-invariant wording shared by the rules' messages.</summary>
internal static class AssuranceText
{
    /// <summary>A message already written (for the rare findings whose wording needs much of the rule's state).</summary>
    public static Func<string> Constant(string message) => () => message;

    /// <summary>"Title (id)".</summary>
    public static string Name(Indicator indicator) => indicator.Title + " (" + indicator.Id + ")";

    /// <summary>A value in the indicator's unit, rounded to its decimal places: "27.4% of referrals", "15.2 cases per FTE".</summary>
    public static string Value(Indicator indicator, double value)
    {
        var number = Number(value, indicator.DecimalPlaces);
        var unit = indicator.Unit;
        if (unit.Length == 0)
        {
            return number;
        }
        return unit[0] == '%' ? number + unit : number + " " + unit;
    }

    /// <summary>A bare number rounded to the indicator's decimal places.</summary>
    public static string Number(Indicator indicator, double value) => Number(value, indicator.DecimalPlaces);

    /// <summary>
    /// A number rounded to <paramref name="decimals"/> places, as <see cref="Numbers.Format(double?, int)"/> writes it: the
    /// shortest round-trip text of the rounded value is the same text without trailing zeros, and much faster than a
    /// custom format; very large or small magnitudes (where "R" would use an exponent) take the custom format.
    /// </summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Numbers.Round(value, decimals);
        var magnitude = Math.Abs(rounded);
        return magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e15)
            ? rounded.ToString("R", CultureInfo.InvariantCulture)
            : Numbers.Format(rounded, decimals);
    }

    /// <summary>An integer.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"worse" side wording of a polarity: "above" when lower is better, "below" when higher is better.</summary>
    public static string BadSide(Polarity polarity) => polarity == Polarity.LowerIsBetter ? "above" : "below";
}
