using System;
using System.IO;
using System.Linq;
using NodaTime;
using OutcomesFramework.Returns.Ssda903;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Readers;

/// <summary>
/// The liia-tools "episodes fix" sample: each CHILD names the rule it exercises. The file holds three councils'
/// submissions over several years (LA and YEAR columns); each council is combined on its own, as liia-tools does.
/// </summary>
public sealed class EpisodeHistoryTest
{
    private static readonly ILookup<string, HistoricEpisode> Fixed = Load();

    private static ILookup<string, HistoricEpisode> Load()
    {
        var lines = File.ReadAllLines(TestData.Fixture("ssda903/liia_tools_samples/SSDA903_episodes_for_testing_fixes_INPUT.csv"));
        var header = lines[0];
        var rows = lines.Skip(1).Select(l => (Line: l, Cells: l.Split(','))).ToList();
        var all = Enumerable.Empty<HistoricEpisode>();
        foreach (var la in rows.GroupBy(r => r.Cells[13]))
        {
            var submissions = la.GroupBy(r => int.Parse(r.Cells[14], System.Globalization.CultureInfo.InvariantCulture))
                .Select(y => TestData.Csv903(y.Key, ("episodes-" + y.Key + ".csv", header + "\n" + string.Join("\n", y.Select(r => r.Line)) + "\n")));
            all = all.Concat(EpisodeHistory.Combine(submissions.ToList(), out var leftOut));
            Assert.Equal(0, leftOut);
        }
        return all.ToLookup(e => e.Child, StringComparer.Ordinal);
    }

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void NoRuleCasesAreUnchanged()
    {
        // Closed episodes, and open episodes in the council's latest submission (Newham 2023, Sutton 2022), are left alone.
        Assert.All(Fixed["NORULE_BAD"].Concat(Fixed["NORULE_NEW"]).Concat(Fixed["NORULE_SUT"]), e => Assert.Equal("Original", e.Source));
        Assert.Null(Fixed["NORULE_SUT"].Single().End);
    }

    [Fact]
    public void Rule1EndsAnOpenEpisodeWhenTheNextStarts()
    {
        // Open in 2018's submission; the next episode (RNE T) starts 20 Aug 2017: ends then, X1, LIIAF.
        var e = Fixed["RULE1_BAD"].First();
        Assert.Equal(("RULE_1", D(2017, 8, 20), "X1", "LIIAF"), (e.Source, e.End!.Value, e.Reason, e.ReasonPlaceChange));
    }

    [Fact]
    public void Rule1AClosesBeforeANewPeriodOfCare()
    {
        // Open in 2017's submission; the next episode starts a new period (RNE S) on 20 Apr 2017: the earlier of
        // 31 Mar 2017 and 19 Apr 2017 is 31 Mar 2017, REC E99.
        var e = Fixed["RULE1A_BAD"].ElementAt(1);
        Assert.Equal(("RULE_1A", D(2017, 3, 31), "E99"), (e.Source, e.End!.Value, e.Reason));
    }

    [Fact]
    public void Rule2ClosesTheLastEpisodeAtTheSubmissionYearEnd()
    {
        var e = Fixed["RULE2_BAD"].Single();
        Assert.Equal(("RULE_2", D(2020, 3, 31), "E99"), (e.Source, e.End!.Value, e.Reason));
    }

    [Fact]
    public void Rules3And3ADeleteDuplicatesAndReplacedEpisodes()
    {
        // RULE3: the open 27 Sep 2016 episode repeats the 23 Sep one (same RNE, LS, PLACE, provider, postcode, URN).
        Assert.Equal(new[] { D(2016, 9, 23) }, Fixed["RULE3_BAD"].Select(e => e.Start));
        // RULE3A: the open 22 Mar 2018 episode (2018) follows one from the 2019 submission: deleted.
        Assert.Equal(new[] { D(2017, 11, 25), D(2018, 1, 25) }, Fixed["RULE3A_BAD"].Select(e => e.Start));
    }

    [Fact]
    public void Rule4EndsAnOverlapAtTheLaterSubmissionsStart()
    {
        // The open 24 Dec 2018 episode goes by RULE_3A (the 20 Dec one is from 2020's submission). Then the
        // 23 Nov 2018 episode (2019) ends 24 Dec, after the 20 Dec one (2020) starts: RULE_4 ends it on 20 Dec.
        var episodes = Fixed["RULE4_BAD"].ToList();
        Assert.Equal(new[] { D(2018, 11, 23), D(2018, 12, 20), D(2019, 8, 19) }, episodes.Select(e => e.Start));
        Assert.Equal(("RULE_4", D(2018, 12, 20)), (episodes[0].Source, episodes[0].End!.Value));
    }

    [Fact]
    public void AnEpisodeInSeveralSubmissionsIsKeptOnceFromTheLatest()
    {
        // The 1 Mar 2022 episode is open in 2022/23's return and in 2023/24's, and ends (X1) in 2024/25's, when the
        // next begins. Kept once, from 2024/25 as it is there; with each copy kept, the open ones would be closed by
        // RULE_1 on the day they start (or, before an RNE S episode, by RULE_1A the day before).
        string Episodes(string rows) => TestData.EpisodesHeader + "\n" + rows;
        var submissions = new[]
        {
            TestData.Csv903(2023, ("a.csv", Episodes("K,01/03/2022,S,C2,N1,U1,PR1,,,,,,\n"))),
            TestData.Csv903(2024, ("b.csv", Episodes("K,01/03/2022,S,C2,N1,U1,PR1,,,,,,\n"))),
            TestData.Csv903(2025, ("c.csv", Episodes("K,01/03/2022,S,C2,N1,U1,PR1,01/06/2024,X1,,,,\nK,01/06/2024,L,C1,N1,U1,PR1,,,,,,\n"))),
        };
        var history = EpisodeHistory.Combine(submissions, out var leftOut);
        Assert.Equal(0, leftOut);
        Assert.Equal(
            new[] { (D(2022, 3, 1), (LocalDate?)D(2024, 6, 1), "X1", 2025, "Original"), (D(2024, 6, 1), null, null, 2025, "Original") },
            history.Select(e => (e.Start, e.End, e.Reason, e.Submission.EndYear, e.Source)));
    }

    [Fact]
    public void Rule5ClosesAnX1Gap()
    {
        // Ends 29 Mar 2020 with X1 (2020) but the next (2022) starts 2 Apr 2020: ended on 2 Apr.
        var e = Fixed["RULE5_BAD"].First();
        Assert.Equal(("RULE_5", D(2020, 4, 2)), (e.Source, e.End!.Value));
    }
}
