namespace OutcomesFramework.Scoring.Treatment;

/// <summary>How a missing indicator value is filled in before scoring (COINr <c>Impute</c>, <c>impute_panel</c>). Every imputed value is flagged in the indicator's notes.</summary>
public enum ImputationMethod
{
    /// <summary>No imputation (the default): a missing value leaves the indicator unscored and lowers the outcome's coverage.</summary>
    None = 0,

    /// <summary>The mean of the authorities in the same region that have a value (COINr <c>i_mean_grp</c> with the region as the group).</summary>
    GroupMean = 1,

    /// <summary>The median of the authorities in the same region that have a value (COINr <c>i_median_grp</c> with the region as the group).</summary>
    GroupMedian = 2,

    /// <summary>The authority's own latest value from an earlier period of the same indicator (COINr <c>impute_panel(imp_type = "latest")</c>).</summary>
    LastValueCarriedForward = 3,
}
