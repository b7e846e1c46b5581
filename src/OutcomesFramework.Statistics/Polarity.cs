namespace OutcomesFramework;

/// <summary>
/// Which direction of an indicator's value is good: the LAIT dictionary's <c>High</c>, <c>Low</c> and
/// <c>-</c>, and Fingertips' "RAG - high is good", "RAG - low is good" and "BOB/no judgement".
/// </summary>
/// <remarks>
/// Context and demand measures (children looked after, in need or on a plan per 10,000) have
/// <see cref="NoPolarity"/>: they are compared as lower or higher, never as better or worse, and never scored.
/// </remarks>
public enum Polarity
{
    /// <summary>No judgement: a context measure. Comparisons read lower / similar / higher.</summary>
    NoPolarity = 0,

    /// <summary>A higher value is better (LAIT <c>High</c>).</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better (LAIT <c>Low</c>).</summary>
    LowerIsBetter = 2,
}
