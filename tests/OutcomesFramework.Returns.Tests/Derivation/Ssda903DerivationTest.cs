using System.Linq;
using OutcomesFramework.Returns.Derivation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Derivation;

/// <summary>
/// Each 903 indicator against children counted by hand: on the D2I sample (lists worked out from the CSV rows by the
/// definition, independently of the library) and on small returns written for the test with the reasoning beside them.
/// </summary>
public sealed class Ssda903DerivationTest
{
    private static readonly DerivationResult Sample = ReturnsDeriver.Derive(TestData.D2i903(), null);

    [Fact]
    public void StartedOnTheSample()
    {
        // Episodes with RNE S and DECOM in 1 April 2017 - 31 March 2018, LS not V3/V4, distinct children.
        string[] expected = { "116056", "177224", "32560", "465676", "500060", "777256", "894391", "921450" };
        Assert.Equal(expected.OrderBy(x => x, System.StringComparer.Ordinal), Sample.ChildLevel("cla-started").Numerator);
        Assert.Equal(8, Sample.Find("cla-started")!.Value);
    }

    [Fact]
    public void CeasedOnTheSample()
    {
        // Episodes with DEC in the year and REC present and not X1, LS not V3/V4, distinct children.
        string[] expected =
        {
            "116056", "136957", "147980", "177224", "183392", "194633", "197474", "231934", "239289", "285076", "300367", "307124", "32560", "363625", "422644",
            "427922", "500060", "50224", "512087", "549531", "583977", "58648", "601718", "652288", "659560", "686826", "710229", "713530", "721241", "760316",
            "768353", "777256", "79078", "819273", "842472", "843267", "874960", "87520", "880820", "894391", "921450", "948702", "952274", "969789",
        };
        Assert.Equal(expected.OrderBy(x => x, System.StringComparer.Ordinal), Sample.ChildLevel("cla-ceased").Numerator);
    }

    [Fact]
    public void LookedAfterAt31MarchOnTheSample()
    {
        // Episodes with DECOM <= 31/03/2018 and DEC blank or after it, LS not V3/V4: 99 children.
        var children = Sample.ChildLevel("cla-at-31-march").Numerator;
        Assert.Equal(99, children.Length);
        Assert.Contains("566910", children);  // 14/08/2017 T C2 A3, no DEC
        Assert.DoesNotContain("116056", children); // ceased in the year
        Assert.Equal(99, Sample.Find("cla-at-31-march")!.Value);
        Assert.Null(Sample.Find("cla-rate")!.Value); // no population given
    }

    [Fact]
    public void MissingOnTheSample()
    {
        // missing.csv rows with MISSING = M starting in the year: 18 children, of whom 3 (274474, 366621, 799906) have no
        // episode of care in the year and are left out; 147 children were looked after at some time in the year.
        string[] expected = { "162514", "202414", "204965", "3022", "307124", "355937", "394625", "460521", "46775", "500060", "615213", "678141", "781175", "894391", "92296" };
        var missing = Sample.Find("cla-missing")!;
        Assert.Equal(expected.OrderBy(x => x, System.StringComparer.Ordinal), Sample.ChildLevel("cla-missing").Numerator);
        Assert.Equal(147, missing.Denominator);
        Assert.Contains(missing.Notes, n => n.StartsWith("3 left out", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CareLeaversOnTheSample()
    {
        // oc3.csv: IN_TOUCH DIED and RHOM left out; the 17th birthday must fall in the year (DOB Jan-Mar 2001; 1 and 3 April
        // 2001 turn 16). 31 care leavers aged 17-18; 21 with ACTIV in F1,P1,F2,P2,F3,P3; 16 with ACCOM ending in 1.
        var eet = Sample.Find("care-leavers-eet-17-18")!;
        Assert.Equal(21, eet.Numerator);
        Assert.Equal(31, eet.Denominator);
        string[] suitable = { "135717", "147980", "245118", "250009", "308457", "354455", "483691", "574154", "659560", "721241", "727783", "733974", "760316", "806933", "843267", "880820" };
        Assert.Equal(suitable.OrderBy(x => x, System.StringComparer.Ordinal), Sample.ChildLevel("care-leavers-suitable-accommodation-17-18").Numerator);
        Assert.Equal(0, Sample.Find("care-leavers-eet-19-21")!.Denominator);
    }

    // A return written for the test, collection year 2024/25 (1 April 2024 - 31 March 2025). A, B and H keep their
    // episodes from before the year in it, as if the return held their whole history; a real return holds only the
    // episodes open during its year, with the earlier ones in earlier years' returns (CareHistoryDerivationTest).
    internal const string Episodes = TestData.EpisodesHeader + "\n"
        // A: three placements in the year (the open one on 1 April, then P, P); looked after since Jan 2022, placement from Sep 2024.
        + "A,10/01/2022,S,C2,N1,U1,PR1,01/06/2024,X1,,,,\n"
        + "A,01/06/2024,P,C2,N1,U3,PR1,01/09/2024,X1,CARPL,,,\n"
        + "A,01/09/2024,P,C2,N1,U4,PR1,,,,,,\n"
        // B: one placement (L is a change of legal status only), same placement since June 2021.
        + "B,01/06/2021,S,C2,N1,U1,PR1,01/05/2024,X1,,,,\n"
        + "B,01/05/2024,L,C1,N1,U1,PR1,,,,,,\n"
        // C: aged 17 at 31 March, so not in the long-term stability cohort.
        + "C,01/01/2020,S,C2,N1,U1,PR1,,,,,,\n"
        // D: a short break (V3): not counted anywhere.
        + "D,30/03/2025,S,V3,N1,U1,PR1,,,,,,\n"
        // E: started in the year, placed for adoption on 1 Aug 2024 (113 days after entering care on 10 Apr), adopted (E11).
        + "E,10/04/2024,S,C2,N1,U1,PR1,01/08/2024,X1,,,,\n"
        + "E,01/08/2024,P,E1,N1,A3,PR1,01/02/2025,E11,,,,\n"
        // G: S, P, T are placements, L is not: 3 placements; started in the year.
        + "G,01/05/2024,S,C2,N1,U1,PR1,01/06/2024,X1,,,,\n"
        + "G,01/06/2024,P,C2,N1,U2,PR1,01/07/2024,X1,,,,\n"
        + "G,01/07/2024,T,C2,N1,U2,PR2,01/08/2024,X1,,,,\n"
        + "G,01/08/2024,L,C1,N1,U2,PR2,,,,,,\n"
        // H: placed for adoption since Jan 2024, after a foster placement from Jan 2021: together over 2 years.
        + "H,01/01/2021,S,C2,N1,U1,PR1,01/01/2024,X1,,,,\n"
        + "H,01/01/2024,P,E1,N1,A4,PR1,,,,,,\n";

    internal const string Header = TestData.HeaderHeader + "\n"
        + "A,1,01/01/2015,WBRI,,,\nB,2,05/05/2012,WBRI,,,\nC,1,01/03/2008,WBRI,,,\nD,1,01/01/2015,WBRI,,,\nE,2,01/01/2020,WBRI,,,\nG,1,02/02/2014,WBRI,,,\nH,2,01/01/2016,WBRI,,,\n";

    internal const string Missing = "CHILD,DOB,MISSING,MIS_START,MIS_END\nA,01/01/2015,M,01/10/2024,02/10/2024\nB,05/05/2012,A,01/10/2024,02/10/2024\nX,01/01/2010,M,01/10/2024,02/10/2024\n";

    private static DerivationResult Written(long? population = null) =>
        ReturnsDeriver.Derive(TestData.Csv903(2025, ("episodes.csv", Episodes), ("header.csv", Header), ("missing.csv", Missing)), null, new DerivationOptions(population));

    [Fact]
    public void CountsAndRateAt31March()
    {
        var r = Written(20000);
        // A, B, C, G, H (E was adopted, D is a short break).
        Assert.Equal(new[] { "A", "B", "C", "G", "H" }, r.ChildLevel("cla-rate").Numerator);
        Assert.Equal(5 * 10000.0 / 20000, r.Find("cla-rate")!.Value);
        Assert.Equal(20000, r.Find("cla-rate")!.Denominator);
        Assert.Equal(new[] { "E", "G" }, r.ChildLevel("cla-started").Numerator);
        Assert.Equal(new[] { "E" }, r.ChildLevel("cla-ceased").Numerator);
    }

    [Fact]
    public void ThreeOrMorePlacements()
    {
        var r = Written();
        Assert.Equal(new[] { "A", "G" }, r.ChildLevel("cla-three-placements").Numerator);
        Assert.Equal(new[] { "A", "B", "C", "G", "H" }, r.ChildLevel("cla-three-placements").Denominator);
        Assert.Equal(40.0, r.Find("cla-three-placements")!.Value);
    }

    [Fact]
    public void LongTermStability()
    {
        var r = Written();
        // Under 16 and in care since on or before 30 Sep 2022: A, B, H (G started 2024; C is 17).
        Assert.Equal(new[] { "A", "B", "H" }, r.ChildLevel("cla-long-term-stability").Denominator);
        // Same placement since on or before 31 Mar 2023: B (through an L episode), H (adoptive placement + the one before).
        Assert.Equal(new[] { "B", "H" }, r.ChildLevel("cla-long-term-stability").Numerator);
    }

    [Fact]
    public void AdoptionTimelinessAndMissing()
    {
        var r = Written();
        var adoption = r.Find("adoption-timeliness")!;
        Assert.Equal(113.0, adoption.Value); // 10 Apr -> 1 Aug 2024: 20 + 31 + 30 + 31 + 1
        Assert.Equal(1, adoption.Denominator);
        // Looked after in the year: A, B, C, E, G, H; missing (M) in the year: A (B was away, A; X not looked after).
        Assert.Equal(new[] { "A" }, r.ChildLevel("cla-missing").Numerator);
        Assert.Equal(6, r.Find("cla-missing")!.Denominator);
    }

    [Fact]
    public void NoChildIdentifierInTheIndicators()
    {
        var r = Written();
        foreach (var i in r.Indicators)
        {
            var text = i.ToString() + i.Definition + string.Join(" ", i.Notes);
            Assert.DoesNotContain("\"A\"", text, System.StringComparison.Ordinal);
        }
        // The only string list an indicator carries is its notes; the children counted need ChildLevel.
        Assert.Equal(new[] { "Notes" }, typeof(DerivedIndicator).GetProperties().Where(p => p.PropertyType == typeof(System.Collections.Immutable.ImmutableArray<string>)).Select(p => p.Name));
    }

    [Fact]
    public void StartingRateAndAdoptionListTheirChildren()
    {
        var r = Written(20000);
        // Started (RNE S in the year, not a short break): E (10 Apr 2024) and G (1 May 2024); D is a short break.
        Assert.Equal(new[] { "E", "G" }, r.ChildLevel("cla-starting-rate").Numerator);
        Assert.Equal(2 * 10000.0 / 20000, r.Find("cla-starting-rate")!.Value);
        // Adopted in the year (REC E11): E only; H is placed for adoption but not yet adopted.
        Assert.Equal(new[] { "E" }, r.ChildLevel("adoption-timeliness").Numerator);
    }

    // Care leavers for 2024/25: ages are at the birthday that falls between 1 April 2024 and 31 March 2025.
    private const string Oc3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n"
        + "L1,10/06/2007,YES,F1,B1\n"   // 17 on 10 Jun 2024; in education; suitable (second character 1)
        + "L2,01/01/2007,YES,G4,B2\n"   // 18 on 1 Jan 2025; not in education, employment or training; not suitable
        + "L3,15/05/2004,YES,P4,S2\n"   // 20 on 15 May 2024; part-time training or employment; not suitable
        + "L4,20/03/2004,YES,G6,T1\n"   // 21 on 20 Mar 2025; NEET; suitable
        + "L5,02/02/2006,DIED,F1,B1\n"  // died: left out
        + "L6,01/04/2003,YES,F2,K1\n"   // 21 on 1 Apr 2024, the year's first day; in education; suitable
        + "L7,05/04/2009,YES,F1,B1\n";  // 15 on 5 Apr 2024: too young

    [Fact]
    public void CareLeaversByAgeListTheirChildren()
    {
        var r = ReturnsDeriver.Derive(TestData.Csv903(2025, ("oc3.csv", Oc3)), null);
        Assert.Equal(new[] { "L1" }, r.ChildLevel("care-leavers-eet-17-18").Numerator);
        Assert.Equal(new[] { "L1", "L2" }, r.ChildLevel("care-leavers-eet-17-18").Denominator);
        Assert.Equal(new[] { "L1" }, r.ChildLevel("care-leavers-suitable-accommodation-17-18").Numerator);
        Assert.Equal(new[] { "L1", "L2" }, r.ChildLevel("care-leavers-suitable-accommodation-17-18").Denominator);
        Assert.Equal(new[] { "L3", "L6" }, r.ChildLevel("care-leavers-eet-19-21").Numerator);
        Assert.Equal(new[] { "L3", "L4", "L6" }, r.ChildLevel("care-leavers-eet-19-21").Denominator);
        Assert.Equal(new[] { "L4", "L6" }, r.ChildLevel("care-leavers-suitable-accommodation-19-21").Numerator);
        Assert.Equal(new[] { "L3", "L4", "L6" }, r.ChildLevel("care-leavers-suitable-accommodation-19-21").Denominator);
        Assert.Equal(50.0, r.Find("care-leavers-eet-17-18")!.Value);
        Assert.Equal(2 * 100.0 / 3, r.Find("care-leavers-eet-19-21")!.Value!.Value, 9);
    }
}
