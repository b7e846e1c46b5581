using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics.Spc;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class SpcRuleTest
{
    private static readonly SpcConcernRule Concern = new("spc-concern", Severity.Advisory, IndicatorSelection.OutcomeIndicators, SpcProfile.NhsrPlotTheDots, minimumPoints: 8);

    [Fact]
    public void SpcConcern_LastPointAboveUpperLimitWhenLowerIsBetter_Fires()
    {
        // 10, 12, 10, 12, 10, 12, 10, 12, 10, 20: mean = 118 / 10 = 11.8; moving ranges eight 2s and one 10, mean 26 / 9 = 2.889;
        // NHSR screens ranges ≥ 3.267 × 2.889 = 9.438, so the 10 goes and the average range is 2; limits 11.8 ± 2.66 × 2 = [6.48, 17.12].
        // 20 > 17.12: "Above UCL", a concern when lower is better.
        var f = Assert.Single(Run(Concern, Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 20))).Findings);
        Assert.Equal("Above UCL", f.Evidence[1].Text);
        Assert.Equal(11.8, f.Evidence[3].Number!.Value, 10);
        Assert.Equal(6.48, f.Evidence[4].Number!.Value, 10);
        Assert.Equal(17.12, f.Evidence[5].Number!.Value, 10);
    }

    [Fact]
    public void SpcConcern_SamePointWhenHigherIsBetter_IsAnImprovement_DoesNotFire() =>
        Assert.Empty(Run(Concern, Area(Series(Ks2, 10, 12, 10, 12, 10, 12, 10, 12, 10, 20))).Findings);

    [Fact]
    public void SpcConcern_CommonCause_DoesNotFire()
    {
        // 10, 12, …, 10, 16: mean 11.4, average range 22 / 9 = 2.444 (6 < 3.267 × 2.444 = 7.99 is kept), upper limit 11.4 + 6.50 = 17.90 > 16;
        // no run of 7 on one side (the series alternates), no trend, and 16 is the only point beyond 2σ (15.73), so common cause.
        Assert.Empty(Run(Concern, Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 16))).Findings);
    }

    [Fact]
    public void SpcConcern_TooFewPoints_DoesNotFire() =>
        // Seven values < the rule's minimum of 8.
        Assert.Empty(Run(Concern, Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 40))).Findings);

    [Fact]
    public void SpcConcern_LastPoints_LooksBack()
    {
        // 10, 12, …, 10, 30, 11: mean 139 / 11 = 12.636; ranges eight 2s, 20 and 19, mean 5.5; both big ranges are ≥ 3.267 × 5.5 = 17.97
        // and screened out, so the average range is 2 and the upper limit 12.636 + 5.32 = 17.96. The concern at 30 is one point
        // before the latest (11, inside the limits): seen with lastPoints 2, not with 1.
        var evidence = Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30, 11));
        Assert.Empty(Run(Concern, evidence).Findings);
        var two = new SpcConcernRule("spc-concern", Severity.Advisory, IndicatorSelection.OutcomeIndicators, SpcProfile.NhsrPlotTheDots, minimumPoints: 8, lastPoints: 2);
        Assert.Single(Run(two, evidence).Findings);
    }

    [Fact]
    public void SpcAssurance_TargetBeyondLimitOnGoodSide_FailsConsistently()
    {
        // 10, 12 × 5: mean 11, every moving range 2, limits 11 ± 5.32 = [5.68, 16.32].
        // Higher is better with target 20 > 16.32: the process will consistently fail it. Target 15 lies inside: hit or miss.
        var evidence = Area(Series(Ks2, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12));
        var fail = new SpcAssuranceRule("spc-fail", Severity.Advisory, IndicatorSelection.Of("ks2-rwm"), SpcTargetSource.Value, 20, minimumPoints: 8);
        var f = Assert.Single(Run(fail, evidence).Findings);
        Assert.Equal(5.68, f.Evidence[1].Number!.Value, 10);
        Assert.Equal(16.32, f.Evidence[2].Number!.Value, 10);
        var hitOrMiss = new SpcAssuranceRule("spc-fail", Severity.Advisory, IndicatorSelection.Of("ks2-rwm"), SpcTargetSource.Value, 15, minimumPoints: 8);
        Assert.Empty(Run(hitOrMiss, evidence).Findings);
    }

    [Fact]
    public void SpcAssurance_EnglandAsTarget_LowerIsBetter()
    {
        // Lower is better, England 5 < lower limit 5.68: the authority will consistently fail to get down to England's value.
        var history = Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12).History;
        var evidence = Area(Value(Rereferrals, 12, england: 5, history: history));
        var rule = new SpcAssuranceRule("spc-england", Severity.Information, IndicatorSelection.OutcomeIndicators, SpcTargetSource.England, minimumPoints: 8);
        Assert.Single(Run(rule, evidence).Findings);
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 12, england: 9, history: history))).Findings);
    }

    [Fact]
    public void SpcAssurance_ValueTarget_NeedsExactlyOneIndicator() =>
        Assert.Throws<System.ArgumentException>(() => new SpcAssuranceRule("x", Severity.Advisory, IndicatorSelection.OutcomeIndicators, SpcTargetSource.Value, 20));

    [Property(MaxTest = 300)]
    public Property SpcCharts_Draw_AgreesWithTheRules() =>
        Prop.ForAll(
            Arb.From(Gen.Frequency((1, Gen.Constant<double?>(null)), (6, Gen.Choose(0, 40).Select(i => (double?)i))).ListOf().Where(l => l.Count >= 1 && l[^1] is not null)),
            Arb.From(Gen.Elements(SpcProfile.NhsrPlotTheDots, SpcProfile.NhsEngland)),
            Arb.From(Gen.Choose(2, 12)),
            (values, profile, minimum) =>
            {
                var evidence = Series(Rereferrals, values.ToArray());
                var chart = SpcCharts.Draw(evidence, profile, minimum, 20);
                var concern = Run(new SpcConcernRule("c", Severity.Advisory, IndicatorSelection.All, profile, minimum), Area(evidence)).Findings.Length == 1;
                var fail = Run(new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.Of("rereferrals"), SpcTargetSource.Value, 20, profile, minimum), Area(evidence)).Findings.Length == 1;
                var enough = values.Count(v => v is not null) >= minimum;
                var lastIsConcern = chart!.Points[^1].Variation is Variation.ConcernHigh or Variation.ConcernLow;
                return concern == (enough && chart.LimitsShown && lastIsConcern)
                    && fail == (enough && chart.AssuranceIcon == AssuranceIcon.Fail)
                    && chart.Points.Length == values.Count - values.TakeWhile(v => v is null).Count(); // the chart starts at the first value
            });
}
