namespace OutcomesFramework.Statistics;

/// <summary>How the rates in a rate funnel were formed.</summary>
public enum FunnelRateType
{
    /// <summary>Directly standardised rates (a zero count has no derived denominator; fewer than 10 events are not assessed).</summary>
    DirectlyStandardised = 0,

    /// <summary>Crude rates (a zero count uses the supplied denominator).</summary>
    Crude = 1,
}
