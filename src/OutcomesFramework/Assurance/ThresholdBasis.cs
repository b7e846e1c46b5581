namespace OutcomesFramework.Assurance;

/// <summary>What a <see cref="ThresholdRule"/> compares with its thresholds.</summary>
public enum ThresholdBasis
{
    /// <summary>The indicator's value, in its own unit.</summary>
    Value = 0,

    /// <summary>The value as a percentage of a target: value ÷ target × 100 (Clear Impact's colour bands as a percentage of target).</summary>
    PercentOfTarget = 1,
}
