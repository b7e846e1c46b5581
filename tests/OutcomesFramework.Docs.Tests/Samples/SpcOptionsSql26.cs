using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/spc.md: the NHS England SQL v2.6 defaults as options derived from a preset.</summary>
public sealed class SpcOptionsSql26
{
    [Fact]
    public void ChangesTwoSettingsAndNamesTheResult()
    {
        #region sample
        var sql26 = SpcOptions.NhsEngland2024
            .WithTwoInThreeCountsBeyondLimits(true)
            .WithRulesCrossingRecalculation(SpcRules.Trend)
            .WithName("NHS England SQL v2.6");
        #endregion

        Assert.Equal("NHS England SQL v2.6", sql26.Name);
        Assert.True(sql26.TwoInThreeCountsBeyondLimits);
        Assert.Equal(SpcRules.Trend, sql26.RulesCrossingRecalculation);
    }
}
