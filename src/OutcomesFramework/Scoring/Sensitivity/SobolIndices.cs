using System.Collections.Immutable;

namespace OutcomesFramework.Scoring.Sensitivity;

/// <summary>Variance-based sensitivity indices of a model's inputs, as <see cref="VarianceDecomposition.Estimate"/> estimates them.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SobolIndices
{
    internal SobolIndices(ImmutableArray<double> firstOrder, ImmutableArray<double> totalOrder, double variance, int evaluations)
    {
        FirstOrder = firstOrder;
        TotalOrder = totalOrder;
        Variance = variance;
        Evaluations = evaluations;
    }

    /// <summary>Gets the first-order index of each input, in input order.</summary>
    public ImmutableArray<double> FirstOrder { get; }

    /// <summary>Gets the total-order index of each input, in input order.</summary>
    public ImmutableArray<double> TotalOrder { get; }

    /// <summary>Gets the variance of the output over the A and B samples.</summary>
    public double Variance { get; }

    /// <summary>Gets the number of model evaluations, N(d + 2).</summary>
    public int Evaluations { get; }
}
