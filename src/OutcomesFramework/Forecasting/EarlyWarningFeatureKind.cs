namespace OutcomesFramework.Forecasting;

/// <summary>The closed set of kinds of early-warning feature: each reads only data published before the assessment date.</summary>
public enum EarlyWarningFeatureKind
{
    /// <summary>An indicator's latest published value for the authority.</summary>
    LatestValue = 0,

    /// <summary>An indicator's latest published value minus the value of the period before it (missing unless both are published).</summary>
    ChangeOnPreviousPeriod = 1,

    /// <summary>The overall effectiveness of the authority's latest graded inspection whose report was published (1 outstanding to 4 inadequate; missing when there is none).</summary>
    PreviousJudgement = 2,
}
