using System;
using System.Globalization;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>Maps the framework's <see cref="Polarity"/> onto the SPC improvement direction.</summary>
public static class ImprovementDirectionExtensions
{
    /// <summary>
    /// <see cref="Polarity.HigherIsBetter"/> is <see cref="ImprovementDirection.Increase"/>,
    /// <see cref="Polarity.LowerIsBetter"/> is <see cref="ImprovementDirection.Decrease"/> and
    /// <see cref="Polarity.NoPolarity"/> (a context measure) is <see cref="ImprovementDirection.Neither"/>.
    /// </summary>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <returns>The improvement direction for an SPC chart of that indicator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="polarity"/> is not a defined value.</exception>
    public static ImprovementDirection ToImprovementDirection(this Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => ImprovementDirection.Increase,
        Polarity.LowerIsBetter => ImprovementDirection.Decrease,
        Polarity.NoPolarity => ImprovementDirection.Neither,
        _ => throw new ArgumentOutOfRangeException(
            nameof(polarity), polarity, string.Format(CultureInfo.InvariantCulture, "Unknown polarity {0}.", (int)polarity)),
    };
}
