namespace OutcomesFramework.Assurance;

/// <summary>
/// The closed set of assurance rule kinds. A rule-set file names one with its <c>kind</c> property; there is no
/// other way to make a rule, so a rule file can never run code.
/// </summary>
public enum RuleKind
{
    /// <summary>A local threshold or red–amber bands on one indicator, read through polarity, on the value or as a percentage of a target (<see cref="ThresholdRule"/>).</summary>
    Threshold = 0,

    /// <summary>A gap to a benchmark: significantly worse than England, bottom quartile, or worse than the statistical neighbours by a margin (<see cref="BenchmarkGapRule"/>).</summary>
    BenchmarkGap = 1,

    /// <summary>Deterioration: worse in each of the last N periods, or a significant worsening trend (<see cref="DeteriorationRule"/>).</summary>
    Deterioration = 2,

    /// <summary>SPC special cause of concern in the latest points of an XmR chart (<see cref="SpcConcernRule"/>).</summary>
    SpcConcern = 3,

    /// <summary>SPC assurance: the process consistently fails the target (<see cref="SpcAssuranceRule"/>).</summary>
    SpcAssurance = 4,

    /// <summary>Data quality: suppressed, missing, low-reliability or stale figures, or an outcome without enough evidence (<see cref="DataQualityRule"/>).</summary>
    DataQuality = 5,

    /// <summary>Workforce pressure: social work turnover, agency, vacancy or caseload past thresholds (<see cref="WorkforcePressureRule"/>).</summary>
    WorkforcePressure = 6,

    /// <summary>Inspection and leadership context: the latest Ofsted judgement, the number of inspections or visits, the Director of Children's Services' time in post (<see cref="InspectionRule"/>).</summary>
    Inspection = 7,

    /// <summary>A basket: N of M signals (other rules' findings), across a number of outcomes, raise a level (<see cref="BasketRule"/>).</summary>
    Basket = 8,

    /// <summary>A fitted logistic score: named features, coefficients, intercept and standardisation, with the provenance of the fit; its finding carries the probability, its interval and each feature's contribution (<see cref="LogisticScoreRule"/>).</summary>
    LogisticScore = 9,
}
