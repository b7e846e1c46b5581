namespace OutcomesFramework.Indicators;

/// <summary>What kind of statistic an indicator's value is; it decides which confidence interval applies.</summary>
public enum MeasureKind
{
    /// <summary>A proportion or percentage of a denominator (Wilson score interval), for example re-referrals %.</summary>
    Proportion = 0,

    /// <summary>A rate per N of a population (exact Poisson below 10 events, Byar's from 10), for example per 10,000 children.</summary>
    Rate = 1,

    /// <summary>A mean of individual values (Student's t), for example an average SDQ score.</summary>
    Mean = 2,

    /// <summary>A count of events or people (no interval).</summary>
    Count = 3,

    /// <summary>A score on a published scale (Attainment 8, Progress 8): no interval unless the source gives one.</summary>
    Score = 4,

    /// <summary>A ratio of two quantities, for example average cases per social worker.</summary>
    Ratio = 5,
}
