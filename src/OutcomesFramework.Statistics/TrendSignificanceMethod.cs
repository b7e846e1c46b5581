namespace OutcomesFramework.Statistics;

/// <summary>How significance is tested.</summary>
public enum TrendSignificanceMethod
{
    /// <summary>Inverse-variance weighted regression of value on time, weights from the 95% limits (the default).</summary>
    ConfidenceIntervals = 0,

    /// <summary>Chi-squared test for trend on counts and denominators (indicators compared by SPC for proportions).</summary>
    ChiSquaredForProportions = 1,
}
