using System;
using System.Linq;
using OutcomesFramework.Returns.Derivation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Derivation;

/// <summary>
/// Periods of care stitched across earlier years' 903 returns (<see cref="DerivationOptions.Ssda903History"/>), on
/// <see cref="CareHistoryCase"/>: the current return (2024/25) alone, and with last year's (2023/24). Expected figures
/// are worked out by hand from the rows. The long-term stability cohort is the children under 16 at 31 March 2025 in
/// care since on or before 30 September 2022 (2.5 years); the numerator, those in the same placement since on or
/// before 31 March 2023 (2 years).
/// </summary>
public sealed class CareHistoryDerivationTest
{
    private static ReturnData Current() =>
        TestData.Csv903(2025, ("episodes.csv", CareHistoryCase.CurrentEpisodes), ("header.csv", CareHistoryCase.CurrentHeader));

    private static ReturnData LastYear(int year = 2024) =>
        TestData.Csv903(year, ("episodes.csv", CareHistoryCase.LastYearEpisodes), ("header.csv", CareHistoryCase.LastYearHeader));

    private static DerivationResult Alone() => ReturnsDeriver.Derive(Current(), null);

    private static DerivationResult WithHistory() => ReturnsDeriver.Derive(Current(), null, new DerivationOptions(ssda903History: new[] { LastYear() }));

    [Fact]
    public void LongTermStabilityWithoutHistoryLosesChildrenWhoseCareBeganBeforeTheReturn()
    {
        var r = Alone();
        // In this return K's earliest episode starts 1 Jun 2023 (L), M's 1 Nov 2023 (P), W's 1 Oct 2023 (T): all after
        // 30 Sep 2022, so out of the cohort. R's starts 1 May 2021 with RNE S, in the same placement since: counted.
        Assert.Equal(new[] { "R" }, r.ChildLevel("cla-long-term-stability").Denominator);
        Assert.Equal(new[] { "R" }, r.ChildLevel("cla-long-term-stability").Numerator);
        Assert.Equal(100.0, r.Find("cla-long-term-stability")!.Value);
        // The note says why, and counts K, M and W (under 16 at 31 March, earliest episode here before 1 April 2024 and
        // not RNE S); R's RNE S says its period began there.
        var note = Assert.Single(r.Find("cla-long-term-stability")!.Notes);
        Assert.StartsWith("period of care starts at the earliest episode in this return; give earlier years' returns with --903-history", note, StringComparison.Ordinal);
        Assert.Contains(": 3 of the children under 16 looked after at 31 March have an earliest episode here that starts before 1 April 2024 and not with RNE S", note, StringComparison.Ordinal);
    }

    [Fact]
    public void LongTermStabilityWithLastYearsReturnUsesThePeriodOfCaresTrueStart()
    {
        var r = WithHistory();
        // K: 1 Mar 2022 (S) -> X1 on 1 Jun 2023 -> L: in care and in the one placement since 1 Mar 2022: counted.
        // M: in care since 10 Jan 2022 but placed on 1 Nov 2023 (P): in the cohort, not counted.
        // R: as before. W: earliest known episode 1 Oct 2022, after 30 Sep 2022: still out.
        Assert.Equal(new[] { "K", "M", "R" }, r.ChildLevel("cla-long-term-stability").Denominator);
        Assert.Equal(new[] { "K", "R" }, r.ChildLevel("cla-long-term-stability").Numerator);
        Assert.Equal(200.0 / 3, r.Find("cla-long-term-stability")!.Value!.Value, 9);
        // The earlier episodes kept: K's, M's two, W's and Z's two before their current ones (the episodes open on
        // 31 March 2024 are in both files and kept once, from this year's): 6. W's period may begin before 1 April 2023.
        var note = Assert.Single(r.Find("cla-long-term-stability")!.Notes);
        Assert.Equal("periods of care stitched across the returns for 2023/24 to 2024/25 (6 episodes from the earlier years, after the liia-tools episode fixes): "
            + "1 of the children under 16 looked after at 31 March have an earliest known episode that starts before 1 April 2023 and not with RNE S (started to be looked after), so their period of care may start earlier still.", note);
    }

    [Fact]
    public void AdoptionTimelinessCountsFromEnteringCareTwoYearsBeforeTheReturnsFirstEpisode()
    {
        // Z entered care on 1 Dec 2021; this return's first episode of Z is 1 Dec 2023 (L, already placed for
        // adoption, A5), adopted (E11) on 1 Sep 2024. Alone, care and the adoptive placement both seem to start on
        // 1 Dec 2023: 0 days. With last year's return: entered care 1 Dec 2021, moved in with the adoptive family on
        // 1 Jun 2023 (the first A5 episode): 365 (to 1 Dec 2022) + 31 + 31 + 28 + 31 + 30 + 31 (Dec-May) = 547 days.
        var alone = Alone().Find("adoption-timeliness")!;
        Assert.Equal((0.0, 1.0), (alone.Value!.Value, alone.Denominator!.Value));
        Assert.Contains(alone.Notes, n => n.Contains(": 1 of the children adopted in the year have an earliest episode here", StringComparison.Ordinal));
        var history = WithHistory();
        var stitched = history.Find("adoption-timeliness")!;
        Assert.Equal((547.0, 1.0), (stitched.Value!.Value, stitched.Denominator!.Value));
        Assert.Equal(new[] { "Z" }, history.ChildLevel("adoption-timeliness").Numerator);
        Assert.Contains(stitched.Notes, n => n.Contains("0 of the children adopted in the year", StringComparison.Ordinal));
    }

    [Fact]
    public void ChildrenWhoseCareMayStartEarlierAreCounted()
    {
        // Alone: K (L), M (P), W (T), Z (L) have a first episode here before 1 April 2024 that is not RNE S; R's is S.
        Assert.Equal(4, Alone().UncertainCareStarts);
        // With 2023/24: every earliest known episode starts with S except W's (P, 1 Oct 2022, before 1 April 2023).
        Assert.Equal(1, WithHistory().UncertainCareStarts);
        Assert.Null(ReturnsDeriver.Derive(null, TestData.CinXml(2025, TestData.CinMessage())).UncertainCareStarts);
    }

    [Fact]
    public void PlacementsInTheYearAndTheOtherFiguresStayWithinTheYear()
    {
        // M had three placements since 10 Jan 2022 but one in 2024/25; nobody has three in the year, with or without
        // history. At 31 March: K, M, R, W (Z was adopted).
        foreach (var r in new[] { Alone(), WithHistory() })
        {
            Assert.Empty(r.ChildLevel("cla-three-placements").Numerator);
            Assert.Equal(new[] { "K", "M", "R", "W" }, r.ChildLevel("cla-three-placements").Denominator);
            Assert.Equal(new[] { "K", "M", "R", "W" }, r.ChildLevel("cla-at-31-march").Numerator);
            Assert.Empty(r.ChildLevel("cla-started").Numerator);
            Assert.Equal(new[] { "Z" }, r.ChildLevel("cla-ceased").Numerator);
        }
    }

    [Fact]
    public void TheHistoryIsTakenInYearOrder()
    {
        var older = TestData.Csv903(2023, ("episodes.csv", TestData.EpisodesHeader + "\n" + "K,01/03/2022,S,C2,N1,U1,PR1,,,,,,\n"));
        var forward = ReturnsDeriver.Derive(Current(), null, new DerivationOptions(ssda903History: new[] { older, LastYear() }));
        var backward = ReturnsDeriver.Derive(Current(), null, new DerivationOptions(ssda903History: new[] { LastYear(), older }));
        Assert.Equal(forward.Indicators.Select(i => i.ToString() + string.Join("|", i.Notes)), backward.Indicators.Select(i => i.ToString() + string.Join("|", i.Notes)));
        Assert.Contains(forward.Find("cla-long-term-stability")!.Notes, n => n.StartsWith("periods of care stitched across the returns for 2022/23 to 2024/25", StringComparison.Ordinal));
    }

    [Fact]
    public void AHistoryReturnReadAsTheWrongYearIsAnErrorNamingTheRow()
    {
        // Last year's file read as 2022/23: K's first row (line 2) ends on 1 Jun 2023, after 31 March 2023.
        var e = Assert.Throws<ArgumentException>(() => ReturnsDeriver.Derive(Current(), null, new DerivationOptions(ssda903History: new[] { LastYear(2023), LastYear(2024) })));
        Assert.StartsWith("episodes.csv:2: child K: DEC 2023-06-01 is after 31 March 2023, the end of 2022/23, the year this earlier return was read as", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryYearsMustBeTheYearsJustBeforeEachOnce()
    {
        ArgumentException Fails(params ReturnData[] history) =>
            Assert.Throws<ArgumentException>(() => ReturnsDeriver.Derive(Current(), null, new DerivationOptions(ssda903History: history)));
        Assert.StartsWith("An earlier year's 903 return is for 2024/25, which is not before 2024/25", Fails(Current()).Message, StringComparison.Ordinal);
        Assert.StartsWith("Two earlier years' 903 returns are for 2023/24", Fails(LastYear(), LastYear()).Message, StringComparison.Ordinal);
        var gap = TestData.Csv903(2023, ("episodes.csv", TestData.EpisodesHeader + "\n"));
        Assert.StartsWith("The earlier years' 903 returns must run without a gap up to 2024/25, the year being derived: 2023/24 is missing.", Fails(gap).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReturnsDeriver.Derive(null, TestData.CinXml(2025, TestData.CinMessage()), new DerivationOptions(ssda903History: new[] { LastYear() })));
        Assert.Throws<ArgumentException>(() => new DerivationOptions(ssda903History: new[] { TestData.CinXml(2024, TestData.CinMessage()) }));
    }
}
