using System;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// The funnel plot's argument checks (issue #11, mutation testing): each bad row is rejected with the argument and
/// the row named, and a message saying what is wrong.
/// </summary>
public sealed class FunnelArgumentChecksTest
{
    private static void Throws<TException>(string paramName, string messagePart, Action action)
        where TException : ArgumentException
    {
        var exception = Assert.Throws<TException>(action);
        Assert.Equal(paramName, exception.ParamName);
        Assert.Contains(messagePart, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PooledProportion_BadRows_NameArgumentAndRow()
    {
        Throws<ArgumentException>("denominators", "Expected 2 elements", () => FunnelPlot.PooledProportion(new double[] { 1, 2 }, new double[] { 10 }));
        Throws<ArgumentOutOfRangeException>("numerators", "Row 1: for proportions, numerators and denominators must be provided",
            () => FunnelPlot.PooledProportion(new double[] { 1, double.NaN }, new double[] { 10, 10 }));
        Throws<ArgumentOutOfRangeException>("denominators", "Row 0: for proportions",
            () => FunnelPlot.PooledProportion(new double[] { 1, 2 }, new double[] { double.NaN, 10 }));
        Throws<ArgumentOutOfRangeException>("numerators", "Row 1: Numerators must be greater than or equal to zero",
            () => FunnelPlot.PooledProportion(new double[] { 1, -2 }, new double[] { 10, 10 }));
        Throws<ArgumentOutOfRangeException>("denominators", "Row 1: Denominators must be greater than zero",
            () => FunnelPlot.PooledProportion(new double[] { 1, 0 }, new double[] { 10, 0 }));
        Throws<ArgumentException>("numerators", "Row 0: The numerator 11 is greater than the denominator 10",
            () => FunnelPlot.PooledProportion(new double[] { 11, 2 }, new double[] { 10, 10 }));
        // Σx/Σn = 3/20.
        Assert.Equal(0.15, FunnelPlot.PooledProportion(new double[] { 1, 2 }, new double[] { 10, 10 }), 15);
    }

    [Fact]
    public void ProportionLimitsAndSignificance_CheckMultiplierAndLengths()
    {
        Throws<ArgumentOutOfRangeException>("multiplier", "positive finite", () => FunnelPlot.ProportionLimits(new double[] { 1 }, new double[] { 10 }, 0));
        Throws<ArgumentException>("significance", "Expected 2 elements",
            () => FunnelPlot.ProportionSignificance(new double[] { 1, 2 }, new double[] { 10, 10 }, new FunnelSignificance[1]));
    }

    [Theory]
    [InlineData(-1, 5, "observed")]
    [InlineData(double.NaN, 5, "observed")]
    [InlineData(double.PositiveInfinity, 5, "observed")]
    [InlineData(3, 0, "expected")]
    [InlineData(3, double.NaN, "expected")]
    [InlineData(3, double.PositiveInfinity, "expected")]
    public void RatioSignificance_BadInputs_NameTheArgument(double observed, double expected, string paramName) =>
        Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.RatioSignificance(observed, expected)).ParamName);

    [Fact]
    public void RateLimits_BadYearsMultiplierOrRows()
    {
        var x = new double[] { 5, 10 };
        var rates = new double[] { 50, 100 };
        var n = new double[] { 10000, 10000 };
        Throws<ArgumentOutOfRangeException>("yearsOfData", "at least 1", () => FunnelPlot.RateLimits(x, rates, n, FunnelRateType.Crude, 100000, 0));
        Throws<ArgumentOutOfRangeException>("multiplier", "positive finite", () => FunnelPlot.RateLimits(x, rates, n, FunnelRateType.Crude, 0));
        Throws<ArgumentOutOfRangeException>("numerators", "Row 1: numerators must be provided for rates",
            () => FunnelPlot.RateLimits(new double[] { 5, double.NaN }, rates, n, FunnelRateType.Crude, 100000));
        Throws<ArgumentOutOfRangeException>("numerators", "Row 0: Numerators must be greater than or equal to zero",
            () => FunnelPlot.RateLimits(new double[] { -5, 10 }, rates, n, FunnelRateType.Crude, 100000));
        // A crude zero count has no rate to derive its denominator from, so it needs its own.
        Throws<ArgumentException>("denominators", "Row 0: a crude rate with no events needs a denominator greater than zero",
            () => FunnelPlot.RateLimits(new double[] { 0, 10 }, rates, new double[] { 0, 10000 }, FunnelRateType.Crude, 100000));
        Throws<ArgumentException>("denominators", "Row 0: a crude rate with no events",
            () => FunnelPlot.RateLimits(new double[] { 0, 10 }, rates, Array.Empty<double>(), FunnelRateType.Crude, 100000));
        Throws<ArgumentException>("significance", "Expected 2 elements",
            () => FunnelPlot.RateSignificance(x, rates, n, FunnelRateType.Crude, 100000, new FunnelSignificance[1]));
        Throws<ArgumentOutOfRangeException>("multiplier", "positive finite",
            () => FunnelPlot.RateSignificance(x, rates, n, FunnelRateType.Crude, -1, new FunnelSignificance[2]));
    }
}
