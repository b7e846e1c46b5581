namespace OutcomesFramework.Scoring;

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
