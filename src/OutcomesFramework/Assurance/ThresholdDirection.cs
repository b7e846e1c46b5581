namespace OutcomesFramework.Assurance;

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
