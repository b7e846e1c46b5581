namespace OutcomesFramework.Statistics;

/// <summary>Funnel-plot significance, as PHEindicatormethods labels it (one-sided tail probabilities).</summary>
public enum FunnelSignificance
{
    /// <summary>Inside the 95% ("2s") limits: "Not significant".</summary>
    NotSignificant = 0,

    /// <summary>Below the 95% limit but not the 99.8% one: "Low (0.025)".</summary>
    Low0025 = 1,

    /// <summary>Below the 99.8% ("3s") limit: "Low (0.001)".</summary>
    Low0001 = 2,

    /// <summary>Above the 95% limit but not the 99.8% one: "High (0.025)".</summary>
    High0025 = 3,

    /// <summary>Above the 99.8% limit: "High (0.001)".</summary>
    High0001 = 4,

    /// <summary>Not applicable: a DSR from fewer than 10 events.</summary>
    NotApplicable = 5,
}
