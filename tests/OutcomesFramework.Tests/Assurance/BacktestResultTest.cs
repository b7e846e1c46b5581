using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Inspections;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The back-test's table, AUC and per-case counts on small hand-made cases (the England tests run it on real data).</summary>
public sealed class BacktestResultTest
{
    // Re-referrals: amber (advisory, watch) from 20, red (concern) from 25; KS2 below 40 is serious; bottom quartile is information.
    private static readonly AssuranceRule[] Rules =
    {
        new ThresholdRule("rr", Severity.Concern, "rereferrals", red: 25, amber: 20, amberSeverity: Severity.Advisory),
        new ThresholdRule("ks2", Severity.Serious, "ks2-rwm", red: 40),
        BenchmarkGapRule.BottomQuartile("bq", Severity.Information, IndicatorSelection.All),
    };

    private static readonly RuleSet RuleSet = new("backtest", "1", Rules);

    private static int day;

    /// <summary>A case at a level (from the re-referrals and KS2 figures) judged <paramref name="judgement"/>.</summary>
    private static BacktestCase Case(EarlyWarningLevel level, OfstedGrade judgement)
    {
        var (rereferrals, ks2) = level switch
        {
            EarlyWarningLevel.None => (15.0, 60.0),
            EarlyWarningLevel.Watch => (22.0, 60.0),
            EarlyWarningLevel.Concern => (27.0, 60.0),
            _ => (15.0, 30.0),
        };
        var result = Run(Rules, Area(Value(Rereferrals, rereferrals), Value(Ks2, ks2)));
        Assert.Equal(level, result.Level);
        var date = new LocalDate(2025, 1, 6).PlusDays(day++ % 200);
        return new BacktestCase(Hartlepool, Graded(date, judgement), date.PlusDays(-1), 2024, result);
    }

    private static BacktestResult Result(params BacktestCase[] cases) =>
        new(RuleSet, PublicationCalendar.England, cases.ToImmutableArray(), ImmutableArray.Create("X 2025-01-01: skipped"));

    /// <summary>Seven cases: none/outstanding, none/good, watch/good, watch/RI, concern/RI, serious/inadequate, concern/good.</summary>
    private static BacktestResult Seven() => Result(
        Case(EarlyWarningLevel.None, OfstedGrade.Outstanding),
        Case(EarlyWarningLevel.None, OfstedGrade.Good),
        Case(EarlyWarningLevel.Watch, OfstedGrade.Good),
        Case(EarlyWarningLevel.Watch, OfstedGrade.RequiresImprovement),
        Case(EarlyWarningLevel.Concern, OfstedGrade.RequiresImprovement),
        Case(EarlyWarningLevel.Serious, OfstedGrade.Inadequate),
        Case(EarlyWarningLevel.Concern, OfstedGrade.Good));

    [Fact]
    public void AreaUnderCurve_IsTheShareOfPositiveNegativePairsRankedRight_TiesHalf()
    {
        // Positives (RI or inadequate) score 1, 2, 3; negatives 0, 0, 1, 2. Pairs: 1 beats two and ties one (2.5),
        // 2 beats three and ties one (3.5), 3 beats all four (4): 10 of 3·4 = 12 → 0.8333.
        var result = Seven();
        Assert.Equal(10.0 / 12, result.AreaUnderCurve!.Value, 12);
        Assert.Equal(RuleSet, result.RuleSet);
        Assert.Same(PublicationCalendar.England, result.Calendar);
        Assert.Equal(new[] { "X 2025-01-01: skipped" }, result.Skipped.ToArray());
        Assert.Equal(7, result.Cases.Length);
    }

    [Fact]
    public void AreaUnderCurve_OneClassOnly_IsNull()
    {
        Assert.Null(Result(Case(EarlyWarningLevel.None, OfstedGrade.RequiresImprovement), Case(EarlyWarningLevel.Watch, OfstedGrade.Inadequate)).AreaUnderCurve);
        Assert.Null(Result(Case(EarlyWarningLevel.None, OfstedGrade.Good), Case(EarlyWarningLevel.Watch, OfstedGrade.Outstanding)).AreaUnderCurve);
        Assert.Null(Result().AreaUnderCurve);
        // One of each class, the positive ranked higher: 1 of 1 pair.
        Assert.Equal(1.0, Result(Case(EarlyWarningLevel.None, OfstedGrade.Good), Case(EarlyWarningLevel.Watch, OfstedGrade.Inadequate)).AreaUnderCurve);
    }

    [Fact]
    public void Count_NeedsBothTheLevelAndTheJudgement()
    {
        var result = Seven();
        Assert.Equal(1, result.Count(EarlyWarningLevel.Watch, OfstedGrade.Good));
        Assert.Equal(1, result.Count(EarlyWarningLevel.Concern, OfstedGrade.Good));
        Assert.Equal(1, result.Count(EarlyWarningLevel.None, OfstedGrade.Good));
        Assert.Equal(0, result.Count(EarlyWarningLevel.Serious, OfstedGrade.Good));
        Assert.Equal(0, result.Count(EarlyWarningLevel.None, OfstedGrade.Inadequate));
        Assert.Equal(1, result.Count(EarlyWarningLevel.Serious, OfstedGrade.Inadequate));
    }

    [Fact]
    public void ToMarkdown_WritesTheTableTheSharesAndTheAuc()
    {
        // Rows: none 1+1 (0 of 2 bad: 0%), watch 1+1 (1 of 2: 50%), concern 1+1 (50%), serious 1 inadequate (100%);
        // all: 1, 3, 2, 1 = 7, 3 of 7 = 42.9% → 43%. AUC 10/12 = 0.833; 3 positives, 7 − 3 = 4 negatives.
        const string expected =
            "| level | outstanding | good | requires improvement | inadequate | total | RI or inadequate |\n"
            + "|---|---:|---:|---:|---:|---:|---:|\n"
            + "| none | 1 | 1 | 0 | 0 | 2 | 0% |\n"
            + "| watch | 0 | 1 | 1 | 0 | 2 | 50% |\n"
            + "| concern | 0 | 1 | 1 | 0 | 2 | 50% |\n"
            + "| serious | 0 | 0 | 0 | 1 | 1 | 100% |\n"
            + "| **all** | 1 | 3 | 2 | 1 | 7 | 43% |\n"
            + "\n"
            + "AUC for requires improvement or inadequate (level as an ordinal score, ties counting half): 0.833 (3 requires improvement or inadequate, 4 good or outstanding).\n";
        Assert.Equal(expected, Seven().ToMarkdown());
    }

    [Fact]
    public void ToMarkdown_EmptyRows_ShowADash_AndNoAuc()
    {
        // Only a serious case judged inadequate: the other rows are empty (–); all 1 of 1 bad (100%); one class: no AUC.
        const string expected =
            "| level | outstanding | good | requires improvement | inadequate | total | RI or inadequate |\n"
            + "|---|---:|---:|---:|---:|---:|---:|\n"
            + "| none | 0 | 0 | 0 | 0 | 0 | – |\n"
            + "| watch | 0 | 0 | 0 | 0 | 0 | – |\n"
            + "| concern | 0 | 0 | 0 | 0 | 0 | – |\n"
            + "| serious | 0 | 0 | 0 | 1 | 1 | 100% |\n"
            + "| **all** | 0 | 0 | 0 | 1 | 1 | 100% |\n"
            + "\n"
            + "AUC for requires improvement or inadequate (level as an ordinal score, ties counting half): not defined (1 requires improvement or inadequate, 0 good or outstanding).\n";
        Assert.Equal(expected, Result(Case(EarlyWarningLevel.Serious, OfstedGrade.Inadequate)).ToMarkdown());
    }

    [Fact]
    public void ToMarkdown_NoCases_IsAllDashes()
    {
        var text = Result().ToMarkdown();
        Assert.Contains("| **all** | 0 | 0 | 0 | 0 | 0 | – |\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith("not defined (0 requires improvement or inadequate, 0 good or outstanding).\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_CountsTheFindingsOfEachSeverity()
    {
        // Re-referrals 27 (red: concern) and KS2 30 (below 40: serious), both in the bottom quartile (two information findings).
        var result = Run(Rules, Area(Value(Rereferrals, 27, band: QuartileBand.D), Value(Ks2, 30, band: QuartileBand.D)));
        var date = new LocalDate(2025, 3, 4);
        var c = new BacktestCase(Hartlepool, Graded(date, OfstedGrade.Inadequate), date.PlusDays(-1), 2024, result);
        Assert.Equal(2, c.Count(Severity.Information));
        Assert.Equal(0, c.Count(Severity.Advisory));
        Assert.Equal(1, c.Count(Severity.Concern));
        Assert.Equal(1, c.Count(Severity.Serious));
        Assert.Equal(EarlyWarningLevel.Serious, c.Level);
        Assert.Equal(new[] { "ks2" }, c.RaisedBy.ToArray());
        Assert.Equal(new LocalDate(2025, 3, 3), c.AsOf);
        Assert.Equal(2024, c.Year);
        Assert.Same(Hartlepool, c.Area);
        Assert.Equal(OfstedGrade.Inadequate, c.Judgement);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Case_Count_UndefinedSeverity_IsRefused(int severity)
    {
        var c = Case(EarlyWarningLevel.None, OfstedGrade.Good);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => c.Count((Severity)severity));
        Assert.Equal("severity", ex.ParamName);
        Assert.StartsWith("Unknown severity.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OfstedGrade.Outstanding, false)]
    [InlineData(OfstedGrade.Good, false)]
    [InlineData(OfstedGrade.RequiresImprovement, true)]
    [InlineData(OfstedGrade.Inadequate, true)]
    public void Case_Positive_IsRequiresImprovementOrWorse(OfstedGrade judgement, bool positive) =>
        Assert.Equal(positive, Case(EarlyWarningLevel.None, judgement).IsRequiresImprovementOrWorse);
}
