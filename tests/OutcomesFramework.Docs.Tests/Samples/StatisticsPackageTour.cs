#region sample
using OutcomesFramework;
using OutcomesFramework.Statistics;
using OutcomesFramework.Statistics.Spc;
#endregion
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>src/OutcomesFramework.Statistics/README.md: an interval, a comparison and an SPC chart.</summary>
public sealed class StatisticsPackageTour
{
    [Fact]
    public void GivesTheDocumentedResults()
    {
        #region sample
        var ci = Wilson.Interval(65, 100, ConfidenceLevel.NinetyFivePercent);      // [0.5525, 0.7364], Wilson, 95%
        var outcome = BenchmarkComparison.Compare(0.65, ci, 0.50, Polarity.HigherIsBetter); // Better
        var chart = Xmr.Compute(new double?[] { 12, 14, 13, 15, 18, 19, 21, 22, 24, 23, 26, 27, 28, 30, 31 },
                                SpcOptions.NhsEngland2024, ImprovementDirection.Increase);
        var icon = chart.Summary.VariationIcon;                                     // Variation.ImprovementHigh: special cause improvement (icons need 15 points)
        #endregion

        // Wilson by hand, p = 0.65, n = 100, z = 1.959964: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n).
        const double z = 1.959963984540054;
        var centre = (0.65 + (z * z / 200)) / (1 + (z * z / 100));
        var half = z * System.Math.Sqrt((0.65 * 0.35 / 100) + (z * z / 40_000)) / (1 + (z * z / 100));
        Assert.Equal(centre - half, ci.Lower, 9);
        Assert.Equal(centre + half, ci.Upper, 9);
        Assert.Equal(0.5525, ci.Lower, 4);
        Assert.Equal(0.7364, ci.Upper, 4);
        Assert.Equal(BenchmarkOutcome.Better, outcome);
        // Mean 323 / 15 = 21.53; moving ranges sum to 23 over 14, so the upper limit is 21.53 + 2.66 × 23 / 14 = 25.9,
        // and the last point, 31, lies above it in the direction of improvement.
        Assert.Equal(Variation.ImprovementHigh, icon);
    }
}
