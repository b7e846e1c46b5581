using System.Linq;
using OutcomesFramework.Scoring.Treatment;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Treatment;

/// <summary>
/// COINr's outlier rule at its edges: a column passes when |skewness| is below its threshold or kurtosis below its
/// (both strict); too few values or no spread always pass; the extreme on the skewed side moves in to the next value,
/// wherever it sits and whatever gaps the column has.
/// </summary>
public sealed class WinsoriserTest
{
    private static readonly double NaN = double.NaN;

    [Fact]
    public void Passes_AtExactlyTheThresholds_IsFalse_AndEitherMomentBelowItsThresholdIsEnough()
    {
        var x = new[] { 1.0, 2, 3, 4, 5, 6, 7, 8, 9, 100 };
        var skew = Moments.Skewness(x);
        var kurt = Moments.Kurtosis(x);
        Assert.True(skew > 2 && kurt > 3.5);
        Assert.False(Winsoriser.Passes(x, skew, kurt));
        Assert.False(Winsoriser.Passes(x, -skew, kurt)); // |skewness| is compared
        Assert.True(Winsoriser.Passes(x, skew + 1e-9, kurt));
        Assert.True(Winsoriser.Passes(x, skew, kurt + 1e-9));
        Assert.False(Winsoriser.Passes(x, 2, 3.5));
    }

    [Fact]
    public void Passes_WithTooFewValuesOrNoSpread_Always()
    {
        // Three values have a skewness (here √3 > 1) but no kurtosis: that is a pass, even at a low threshold.
        Assert.True(Winsoriser.Passes(new[] { 0.0, 0, 3 }, 1, 0));
        Assert.True(Winsoriser.Passes(new[] { 4.0, 4, 4, 4, 4 }, 0, -10));
        Assert.True(Winsoriser.Passes(new[] { 1.0, NaN }, 0, -10));
    }

    [Fact]
    public void Winsorise_ASymmetricColumn_MovesTheTopDown()
    {
        // Skewness exactly 0 (−3, −1, 0, 1, 3): "high" is skewness ≥ 0, so the top value moves, to the next one down.
        var x = new[] { 3.0, -1, 0, 1, -3 };
        var moved = new sbyte[5];
        Assert.Equal(0, Moments.Skewness(x));
        Assert.Equal(1, Winsoriser.Winsorise(x, 1, 0, -10, moved));
        Assert.Equal(new[] { 1.0, -1, 0, 1, -3 }, x);
        Assert.Equal(new sbyte[] { -1, 0, 0, 0, 0 }, moved);
    }

    [Fact]
    public void Winsorise_FindsTheExtremeAndTheNextValue_AmongGapsAndAnywhereInTheColumn()
    {
        // High outlier first, gaps around: 100 moves to 9, the next value down (not the last value, not a gap).
        var high = new[] { 100, NaN, 1, 2, 3, 4, 9, 5, 6, 7, 8, NaN };
        var moved = new sbyte[high.Length];
        Assert.Equal(1, Winsoriser.Winsorise(high, 5, 2, 3.5, moved));
        Assert.Equal(new[] { 9, NaN, 1, 2, 3, 4, 9, 5, 6, 7, 8, NaN }, high);
        Assert.Equal(-1, moved[0]);
        Assert.Equal(1, moved.Count(m => m != 0));
        // Low outlier in the middle: −100 moves up to −9.
        var low = new[] { -1, -2, -3, -4, NaN, -100, -9, -5, -6, -7, -8.0 };
        moved = new sbyte[low.Length];
        Assert.Equal(1, Winsoriser.Winsorise(low, 5, 2, 3.5, moved));
        Assert.Equal(-9, low[5]);
        Assert.Equal(1, moved[5]);
        Assert.Equal(-1, low[0]);
    }
}
