#region sample
using OutcomesFramework.Statistics.Spc;
#endregion
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/spc.md: an XmR chart, its limits, colours and icons.</summary>
public sealed class SpcChart
{
    [Fact]
    public void ComputesTheDocumentedChart()
    {
        #region sample
        double?[] values = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
        XmrChart chart = Xmr.Compute(values, SpcOptions.NhsEngland2024, ImprovementDirection.Increase, target: 30);

        var mean = chart.Segments[0].Mean;              // 23.2
        var upper = chart.Segments[0].UpperProcessLimit; // 37.64…
        var ninth = chart.Points[8].Category;            // VariationCategory.CommonCause (grey)
        var variation = chart.VariationIcon;             // Variation.CommonCause
        var assurance = chart.AssuranceIcon;             // AssuranceIcon.HitOrMiss
        var profile = chart.Options.Name;                // "NHS England 2024"
        #endregion

        // By hand: the mean is 348 / 15 = 23.2; the moving ranges |4,4,6,4,6,2,2,15,3,6,8,4,11,1| sum to 76 over 14,
        // so the upper process limit is 23.2 + 2.66 × 76 / 14 = 37.64.
        Assert.Equal(23.2, Assert.NotNull(mean), 9);
        Assert.Equal(23.2 + (2.66 * 76 / 14), Assert.NotNull(upper), 9);
        Assert.Equal(VariationCategory.CommonCause, ninth);
        Assert.Equal(Variation.CommonCause, variation);
        Assert.Equal(AssuranceIcon.HitOrMiss, assurance);
        Assert.Equal("NHS England 2024", profile);
    }
}
