namespace OutcomesFramework.Scoring;

/// <summary>How the statistical neighbours' values are averaged.</summary>
public enum NeighbourAverage
{
    /// <summary>The arithmetic mean of the neighbours that have a value (LAIT).</summary>
    Mean = 0,

    /// <summary>The median of the neighbours that have a value (the DfE Children's Social Care outcomes and enablers dashboard).</summary>
    Median = 1,
}
