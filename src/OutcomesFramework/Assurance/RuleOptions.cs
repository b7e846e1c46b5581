namespace OutcomesFramework.Assurance;

/// <summary>What a <see cref="ThresholdRule"/> compares with its thresholds.</summary>
public enum ThresholdBasis
{
    /// <summary>The indicator's value, in its own unit.</summary>
    Value = 0,

    /// <summary>The value as a percentage of a target: value ÷ target × 100 (Clear Impact's colour bands as a percentage of target).</summary>
    PercentOfTarget = 1,
}

/// <summary>Which side of a threshold is bad.</summary>
public enum ThresholdDirection
{
    /// <summary>Read through the indicator's polarity: below the threshold is bad when higher is better, above it when lower is better.</summary>
    Polarity = 0,

    /// <summary>Above the threshold is bad, whatever the polarity (for context measures, which have none).</summary>
    Above = 1,

    /// <summary>Below the threshold is bad, whatever the polarity.</summary>
    Below = 2,
}

/// <summary>The benchmark a <see cref="BenchmarkGapRule"/> measures the gap to.</summary>
public enum BenchmarkGap
{
    /// <summary>England's value lies outside the authority's confidence interval on the good side (Fingertips: significantly worse).</summary>
    SignificantlyWorseThanEngland = 0,

    /// <summary>The authority is in LAIT quartile band D, the worst quarter of authorities.</summary>
    BottomQuartile = 1,

    /// <summary>The authority is worse than its statistical neighbours' average by more than a margin.</summary>
    WorseThanNeighbours = 2,
}

/// <summary>How the margin of <see cref="BenchmarkGap.WorseThanNeighbours"/> is measured.</summary>
public enum MarginUnit
{
    /// <summary>In the indicator's own unit (percentage points for a percentage).</summary>
    Absolute = 0,

    /// <summary>As a percentage of the neighbours' average (a relative gap).</summary>
    Percent = 1,
}

/// <summary>The test of a <see cref="DeteriorationRule"/>.</summary>
public enum DeteriorationTest
{
    /// <summary>The value got worse (read through polarity) in each of the last N changes between consecutive periods.</summary>
    ConsecutivePeriods = 0,

    /// <summary>The Fingertips recent trend is significant and getting worse.</summary>
    SignificantTrend = 1,
}

/// <summary>The Making Data Count profile an SPC rule draws its XmR chart with.</summary>
public enum SpcProfile
{
    /// <summary>NHSRplotthedots 0.2.2: 7-point shifts and trends, moving-range screening, limits from any number of points.</summary>
    NhsrPlotTheDots = 0,

    /// <summary>NHS England 2024 (the Making Data Count SQL v2.6 and Excel tool): 6-point shifts and trends, limits from 13 points.</summary>
    NhsEngland = 1,
}

/// <summary>Where an <see cref="SpcAssuranceRule"/> takes its target from.</summary>
public enum SpcTargetSource
{
    /// <summary>A value written in the rule.</summary>
    Value = 0,

    /// <summary>The council's local target for the indicator (on the scorecard); no target, no finding.</summary>
    LocalTarget = 1,

    /// <summary>England's value in the latest period: "consistently fails to reach the England average".</summary>
    England = 2,
}

/// <summary>The check of a <see cref="DataQualityRule"/>.</summary>
public enum DataQualityCheck
{
    /// <summary>The authority's figure for the latest period is suppressed (<c>c</c>).</summary>
    Suppressed = 0,

    /// <summary>The authority has no figure for the latest period (no row, or <c>x</c>) although the period has been published.</summary>
    Missing = 1,

    /// <summary>The authority's figure is withheld as of low reliability (<c>u</c>), for example after a late or failed return.</summary>
    LowReliability = 2,

    /// <summary>The authority's latest figure is more than a number of years older than the period asked for.</summary>
    Stale = 3,

    /// <summary>An outcome has too little evidence (coverage below the threshold) to be scored.</summary>
    InsufficientEvidence = 4,
}

/// <summary>The check of an <see cref="InspectionRule"/>.</summary>
public enum InspectionCheck
{
    /// <summary>A judgement of the latest graded ILACS inspection is at or worse than a grade.</summary>
    LatestJudgement = 0,

    /// <summary>The number of inspections or visits within a window is within a range.</summary>
    InspectionCount = 1,

    /// <summary>The Director of Children's Services has been in post for less than a number of months (where the council supplies the date).</summary>
    DirectorTimeInPost = 2,
}

/// <summary>The judgements of an ILACS inspection.</summary>
public enum OfstedJudgement
{
    /// <summary>Overall effectiveness.</summary>
    OverallEffectiveness = 0,

    /// <summary>The impact of leaders on social work practice with children and families.</summary>
    ImpactOfLeaders = 1,

    /// <summary>The experiences and progress of children who need help and protection.</summary>
    HelpAndProtection = 2,

    /// <summary>The experiences and progress of children in care (before 2023, children in care and care leavers).</summary>
    ChildrenInCare = 3,

    /// <summary>The experiences and progress of care leavers (separate from 1 January 2023).</summary>
    CareLeavers = 4,
}

/// <summary>Which Ofsted activities an <see cref="InspectionCheck.InspectionCount"/> counts.</summary>
public enum InspectionActivity
{
    /// <summary>Graded (standard and short) inspections.</summary>
    Graded = 0,

    /// <summary>Focused visits.</summary>
    FocusedVisit = 1,

    /// <summary>Monitoring visits (to authorities judged inadequate).</summary>
    MonitoringVisit = 2,

    /// <summary>Any inspection or visit.</summary>
    Any = 3,
}
