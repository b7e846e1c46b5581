namespace OutcomesFramework.Statistics;

/// <summary>A LAIT quartile band: A is the best quarter of local authorities whatever the polarity, D the worst.</summary>
public enum QuartileBand
{
    /// <summary>No band: no polarity, the indicator opts out ("Data range is too small"), or the value is missing.</summary>
    None = 0,

    /// <summary>The best quarter.</summary>
    A = 1,

    /// <summary>The second quarter.</summary>
    B = 2,

    /// <summary>The third quarter.</summary>
    C = 3,

    /// <summary>The worst quarter.</summary>
    D = 4,
}
