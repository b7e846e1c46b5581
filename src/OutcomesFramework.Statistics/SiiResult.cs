namespace OutcomesFramework.Statistics;

/// <summary>Point estimates of the slope and relative indices of inequality for one area.</summary>
public sealed class SiiResult
{
    internal SiiResult(double sii, double rii, double intercept)
    {
        Sii = sii;
        Rii = rii;
        Intercept = intercept;
    }

    /// <summary>The slope index of inequality: fitted value at rank 1 minus fitted value at rank 0, times the multiplier.</summary>
    public double Sii { get; }

    /// <summary>The relative index of inequality: (intercept + SII)/intercept, inverted when the multiplier is negative.</summary>
    public double Rii { get; }

    /// <summary>The fitted value at relative rank 0 (the most deprived end), back-transformed, without the multiplier.</summary>
    public double Intercept { get; }
}
