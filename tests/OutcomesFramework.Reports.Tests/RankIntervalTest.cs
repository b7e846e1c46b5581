using System;
using System.Linq;
using System.Text.RegularExpressions;
using OutcomesFramework.England;
using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Reports.Tests;

/// <summary>Rank intervals (docs/uncertainty.md) beside the ranks they qualify, in the council report and the overview.</summary>
public sealed class RankIntervalTest
{
    // 20 runs (the least the analysis allows) keep the test quick; the intervals are whatever the run gives, and the
    // test reads them back from the run, so it checks the report's wiring, not the Monte Carlo.
    private static readonly Lazy<RankUncertainty> Intervals = new(() => RankUncertaintyAnalysis.Run(Reports.Scoring, 2025, UncertaintyOptions.Default.WithRuns(UncertaintyOptions.MinimumRuns)));

    private static string Ordinal(int n) =>
        n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Range(RankInterval i) => i.Lower == i.Upper ? Ordinal(i.Lower) + " in at least 90% of runs" : Ordinal(i.Lower) + "–" + Ordinal(i.Upper);

    [Fact]
    public void A_council_report_gives_each_rank_its_interval_and_says_what_it_is()
    {
        var league = Reports.Scoring.ScoreAll(2025);
        var leeds = league.Find(EnglandData.Default.Areas.Get("Leeds"))!;
        var plain = Reports.Council("Leeds");
        var ranks = Intervals.Value.Find(leeds.Area)!;
        // The encoder writes "–" as "&#x2013;": compare the text as a browser reads it.
        var html = System.Net.WebUtility.HtmlDecode(HtmlReport.Render(new CouncilReport(leeds, plain.Observations, plain.Areas, plain.Neighbours, plain.Provenance, plain.Assurance, plain.RuleSet, plain.Accountability, ranks)));
        Assert.Contains("; rank " + Ordinal(leeds.Overall.Rank!.Value) + " of " + leeds.Overall.RankOf + " (" + Range(ranks.Overall!) + ")).", html, StringComparison.Ordinal);
        Assert.Contains("middle 90% of 20 Monte Carlo redraws", html, StringComparison.Ordinal);
        foreach (var outcome in leeds.Outcomes.Where(o => o.Rank is not null))
        {
            Assert.Contains(">" + Ordinal(outcome.Rank!.Value) + " of " + outcome.RankOf + " (" + Range(ranks.Of(outcome.Outcome.Id)!) + ")</td>", html, StringComparison.Ordinal);
        }
        var indicator = leeds.Indicators.First(i => i.Ranking is { Of: > 100 } && ranks.Indicators.ContainsKey(i.Indicator.Id));
        var interval = ranks.Indicators[indicator.Indicator.Id];
        var article = Regex.Match(html, "<article class=\"indicator\" id=\"ind-" + Regex.Escape(indicator.Indicator.Id) + "\".*?</article>", RegexOptions.Singleline).Value;
        Assert.Contains("<dt>Rank among councils</dt><dd>" + Ordinal(indicator.Ranking!.Rank) + " of " + indicator.Ranking.Of + " (" + Range(interval) + ") (1st is best)</dd>", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_intervals_the_ranks_stand_alone()
    {
        var html = HtmlReport.Render(Reports.Council("Leeds"));
        Assert.DoesNotContain("Monte Carlo", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_shows_rank_and_interval_as_41_28_63()
    {
        var plain = Reports.England();
        var report = new EnglandReport(plain.League, plain.Assurance, plain.Areas, plain.Provenance, plain.RuleSet, Intervals.Value);
        var html = System.Net.WebUtility.HtmlDecode(HtmlReport.Render(report));
        var first = plain.League.Ranked()[0];
        var interval = Intervals.Value.Find(first.Area)!.Overall!;
        Assert.Contains("<tr><td class=\"num\">" + first.Overall.Rank + " (" + interval.Lower + "–" + interval.Upper + ")</td><th scope=\"row\">" + first.Area.Name + " ", html, StringComparison.Ordinal);
        Assert.Contains("Monte Carlo redraws", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Intervals_for_another_council_or_year_are_refused()
    {
        var leeds = Reports.Council("Leeds");
        var hackney = Intervals.Value.Find(EnglandData.Default.Areas.Get("Hackney"))!;
        var e = Assert.Throws<ArgumentException>(() => new CouncilReport(leeds.Scorecard, leeds.Observations, leeds.Areas, leeds.Neighbours, leeds.Provenance, rankIntervals: hackney));
        Assert.Contains("Hackney", e.Message, StringComparison.Ordinal);
        var league2024 = Reports.Scoring.ScoreAll(2024);
        var y = Assert.Throws<ArgumentException>(() => new EnglandReport(league2024, Array.Empty<Assurance.AssuranceResult>(), leeds.Areas, leeds.Provenance, rankIntervals: Intervals.Value));
        Assert.Contains("2025", y.Message, StringComparison.Ordinal);
    }
}
