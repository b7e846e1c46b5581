using System;
using System.Globalization;

namespace OutcomesFramework.Statistics;

/// <summary>Argument checks with the messages PHEindicatormethods uses, naming the value (and row, for batches).</summary>
internal static class StatisticsChecks
{
    public static void Finite(double value, string paramName)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must be a finite number.");
        }
    }

    public static void Multiplier(double multiplier, string paramName)
    {
        if (!(multiplier > 0 && multiplier <= double.MaxValue))
        {
            throw new ArgumentOutOfRangeException(paramName, multiplier, "The multiplier must be a positive finite number (e.g. 1, 100, 100000).");
        }
    }

    public static void Numerator(double numerator, string paramName, int row = -1)
    {
        if (numerator < 0 || double.IsInfinity(numerator))
        {
            throw new ArgumentOutOfRangeException(paramName, numerator, Where(row) + "Numerators must be greater than or equal to zero (and finite).");
        }
    }

    public static void Denominator(double denominator, string paramName, int row = -1)
    {
        if (denominator <= 0 || double.IsInfinity(denominator))
        {
            throw new ArgumentOutOfRangeException(paramName, denominator, Where(row) + "Denominators must be greater than zero (and finite).");
        }
    }

    public static void NumeratorNotAboveDenominator(double numerator, double denominator, string paramName, int row = -1)
    {
        if (numerator > denominator)
        {
            throw new ArgumentException(
                Where(row) + string.Format(
                    CultureInfo.InvariantCulture,
                    "The numerator {0} is greater than the denominator {1}; numerators must be less than or equal to the denominator for a proportion.",
                    numerator,
                    denominator),
                paramName);
        }
    }

    /// <summary>
    /// The checks every batch interval kernel makes before its loop: a level, a valid multiplier, and
    /// denominators and both output spans as long as the numerators.
    /// </summary>
    public static void IntervalBatch(ConfidenceLevel level, double multiplier, int numeratorCount, int denominatorCount, int lowerCount, int upperCount)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        Multiplier(multiplier, nameof(multiplier));
        SameLength(numeratorCount, denominatorCount, "denominators");
        SameLength(numeratorCount, lowerCount, "lower");
        SameLength(numeratorCount, upperCount, "upper");
    }

    public static void SameLength(int expected, int actual, string paramName)
    {
        if (expected != actual)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Expected {0} elements to match the other inputs but found {1}.", expected, actual),
                paramName);
        }
    }

    private static string Where(int row) =>
        row < 0 ? string.Empty : string.Format(CultureInfo.InvariantCulture, "Row {0}: ", row);

    /// <summary>Formats a multiplier as R does in statistic labels (no scientific notation): 100000.</summary>
    public static string FormatMultiplier(double multiplier) =>
        multiplier.ToString("0.###############", CultureInfo.InvariantCulture);
}
