namespace OutcomesFramework.Statistics;

/// <summary>The kind of value, which decides whether Fingertips computes a recent trend.</summary>
public enum TrendValueType
{
    /// <summary>A proportion or percentage: eligible.</summary>
    Proportion = 0,

    /// <summary>A crude rate: eligible.</summary>
    CrudeRate = 1,

    /// <summary>A directly standardised rate: eligible (FingertipsNext).</summary>
    DirectlyStandardisedRate = 2,

    /// <summary>Anything else (indirectly standardised ratios, means, counts…): not eligible.</summary>
    Other = 3,
}
