namespace OutcomesFramework.Scoring;

/// <summary>The comparator an authority's value is judged against (the <c>--comparator</c> of <c>outcomes score</c>).</summary>
public enum Comparator
{
    /// <summary>England's published value (the Fingertips default).</summary>
    England = 0,

    /// <summary>The published value of the authority's region (Inner or Outer London for London boroughs, as LAIT).</summary>
    Region = 1,

    /// <summary>The average of the authority's statistical neighbours (mean as LAIT, or median as the DfE outcomes dashboard).</summary>
    StatisticalNeighbours = 2,
}
