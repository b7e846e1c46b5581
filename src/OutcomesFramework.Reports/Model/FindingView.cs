using System.Collections.Generic;

namespace OutcomesFramework.Reports.Model;

/// <summary>An assurance finding as the report prints it: severity, rule, subject, message, evidence, owners and escalation path.</summary>
internal sealed record FindingView(
    string SeverityName,
    string SeverityClass,
    string RuleId,
    string RuleTitle,
    string Subject,
    string? SubjectAnchor,
    string Message,
    IReadOnlyList<LabelledValue> Evidence,
    string Owners,
    IReadOnlyList<LabelledValue> Route,
    string? Escalation);
