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

/// <summary>How the statistical neighbours' values are averaged.</summary>
public enum NeighbourAverage
{
    /// <summary>The arithmetic mean of the neighbours that have a value (LAIT).</summary>
    Mean = 0,

    /// <summary>The median of the neighbours that have a value (the DfE Children's Social Care outcomes and enablers dashboard).</summary>
    Median = 1,
}

/// <summary>How scores are combined into an outcome score, or outcome scores into the overall score.</summary>
public enum AggregationMethod
{
    /// <summary>The weighted arithmetic mean Σwᵢsᵢ / Σwᵢ over the parts that have a score (COINr <c>a_amean</c>): fully compensatory.</summary>
    Arithmetic = 0,

    /// <summary>The weighted geometric mean exp(Σwᵢ ln sᵢ / Σwᵢ) (COINr <c>a_gmean</c>); a score of 0 makes the result 0: partly compensatory.</summary>
    Geometric = 1,

    /// <summary>The lowest score among the parts with a positive weight: not compensatory (the weakest part decides).</summary>
    Minimum = 2,

    /// <summary>The weighted harmonic mean Σwᵢ / Σ(wᵢ/sᵢ) (COINr <c>a_hmean</c>), the generalised mean with p = −1; a score of 0 makes the
    /// result 0 (its limit): less compensatory than the geometric mean.</summary>
    Harmonic = 3,

    /// <summary>The weighted generalised (power) mean (Σwᵢsᵢᵖ / Σwᵢ)^(1/p) (COINr <c>a_genmean</c>) with the policy's
    /// <see cref="ScoringPolicy.AggregationPower"/> p (≠ 0); for p &lt; 0 a score of 0 makes the result 0 (its limit).</summary>
    Generalised = 4,
}

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

/// <summary>The rules that turn a 0–100 score into a <see cref="ScoreBand"/>.</summary>
public static class ScoreBands
{
    /// <summary>Returns the band of a score: A from 75, B from 50, C from 25, otherwise D.</summary>
    /// <param name="score">A score on the 0–100 scale.</param>
    /// <returns>The band.</returns>
    public static ScoreBand Of(double score) => score >= 75 ? ScoreBand.A : score >= 50 ? ScoreBand.B : score >= 25 ? ScoreBand.C : ScoreBand.D;

    /// <summary>Returns the better (nearer A) of two bands.</summary>
    /// <param name="a">A band.</param>
    /// <param name="b">Another band.</param>
    /// <returns>The better band.</returns>
    public static ScoreBand Better(ScoreBand a, ScoreBand b) => a <= b ? a : b;

    /// <summary>Returns the worse (nearer D) of two bands.</summary>
    /// <param name="a">A band.</param>
    /// <param name="b">Another band.</param>
    /// <returns>The worse band.</returns>
    public static ScoreBand Worse(ScoreBand a, ScoreBand b) => a >= b ? a : b;
}
