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
