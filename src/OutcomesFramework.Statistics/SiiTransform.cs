namespace OutcomesFramework.Statistics;

/// <summary>The scale on which the slope index of inequality regression is fitted.</summary>
public enum SiiTransform
{
    /// <summary>No transform: the regression is on the values themselves.</summary>
    None = 0,

    /// <summary>Natural log (rates); values must be positive.</summary>
    Log = 1,

    /// <summary>Logit (proportions on the 0–1 scale); values must lie strictly between 0 and 1.</summary>
    Logit = 2,
}
