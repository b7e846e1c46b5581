using System.Collections.Immutable;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Scoring.Sensitivity;

/// <summary>The result of a sensitivity analysis: each factor's indices, and each authority's overall rank with its interval over the design.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SensitivityResult
{
    internal SensitivityResult(int year, SensitivityDesign design, ImmutableArray<SensitivityIndex> indices, double variance, int evaluations, ImmutableArray<CouncilRankUncertainty> councils)
    {
        Year = year;
        Design = design;
        Indices = indices;
        Variance = variance;
        Evaluations = evaluations;
        Councils = councils;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the design.</summary>
    public SensitivityDesign Design { get; }

    /// <summary>Gets the indices of the varied factors, in the order of <see cref="SensitivityDesign.Factors"/>. The output analysed is COINr's: the mean absolute change of the overall rank from the nominal rank.</summary>
    public ImmutableArray<SensitivityIndex> Indices { get; }

    /// <summary>Gets the variance of the output.</summary>
    public double Variance { get; }

    /// <summary>Gets the number of model evaluations.</summary>
    public int Evaluations { get; }

    /// <summary>Gets each authority's overall rank: nominal, and median and 5–95% interval over the 2N random runs (A and B), in the catalogue's order. Outcome and indicator ranks are not given.</summary>
    public ImmutableArray<CouncilRankUncertainty> Councils { get; }
}
