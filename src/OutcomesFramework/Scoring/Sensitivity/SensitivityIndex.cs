using System;
using System.Globalization;

namespace OutcomesFramework.Scoring.Sensitivity;

/// <summary>One factor's variance-based sensitivity indices: first-order (its effect alone) and total (with all its interactions).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SensitivityIndex
{
    internal SensitivityIndex(SensitivityFactor factor, double firstOrder, double totalOrder)
    {
        Factor = factor;
        FirstOrder = firstOrder;
        TotalOrder = totalOrder;
    }

    /// <summary>Gets the factor.</summary>
    public SensitivityFactor Factor { get; }

    /// <summary>Gets the first-order index Sᵢ (Saltelli et al. 2010 estimator); Monte Carlo error can take it slightly below 0.</summary>
    public double FirstOrder { get; }

    /// <summary>Gets the total-order index S_Tᵢ (Jansen 1999 estimator).</summary>
    public double TotalOrder { get; }

    /// <inheritdoc />
    public override string ToString() =>
        SensitivityAnalysis.Code(Factor) + ": first " + FirstOrder.ToString("0.000", CultureInfo.InvariantCulture) + ", total " + TotalOrder.ToString("0.000", CultureInfo.InvariantCulture);
}
