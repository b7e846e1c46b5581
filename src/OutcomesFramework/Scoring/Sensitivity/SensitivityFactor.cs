namespace OutcomesFramework.Scoring.Sensitivity;

/// <summary>A choice of the composite that a sensitivity analysis varies.</summary>
public enum SensitivityFactor
{
    /// <summary>The indicator weights, each multiplied by 1 + f·U(−1, 1) (COINr <c>get_noisy_weights</c>).</summary>
    Weights = 0,

    /// <summary>The normalisation method, chosen among the design's alternatives for every indicator.</summary>
    Normalisation = 1,

    /// <summary>The aggregation method, chosen among the design's alternatives for outcomes and overall.</summary>
    Aggregation = 2,

    /// <summary>The outcome coverage threshold, chosen among the design's alternatives.</summary>
    CoverageThreshold = 3,
}
