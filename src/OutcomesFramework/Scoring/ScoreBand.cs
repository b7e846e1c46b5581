namespace OutcomesFramework.Scoring;

/// <summary>A band for an outcome or overall score on the 0–100 scale: A (75 and above) best … D (below 25) worst.</summary>
public enum ScoreBand
{
    /// <summary>75 ≤ score ≤ 100.</summary>
    A = 0,

    /// <summary>50 ≤ score &lt; 75.</summary>
    B = 1,

    /// <summary>25 ≤ score &lt; 50.</summary>
    C = 2,

    /// <summary>0 ≤ score &lt; 25.</summary>
    D = 3,
}
