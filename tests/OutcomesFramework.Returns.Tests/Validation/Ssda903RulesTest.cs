using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Returns.Validation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Validation;

/// <summary>
/// Every 903 rule fails on a return made wrong in the one way it checks and passes on the same return made right
/// (a near miss where there is one): a clean 2024/25 return with every table is changed field by field.
/// </summary>
public sealed class Ssda903RulesTest
{
    private static readonly (string Table, string File, string Columns, string Row)[] Clean =
    {
        ("Header", "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", "1,M,01/01/2015,WBRI,A123,,"),
        ("Episodes", "episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN", "1,01/05/2024,S,C2,N1,U1,PR1,,,,,,"),
        ("Reviews", "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE", "1,01/01/2015,01/06/2024,PN1"),
        ("UASC", "uasc.csv", "CHILD,SEX,DOB,DUC", "1,M,01/01/2015,01/01/2030"),
        ("OC2", "oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", "1,01/01/2015,10,,0,1,1,1,1,0,,"),
        ("OC3", "oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "1,01/01/2015,YES,F1,B1"),
        ("AD1", "ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", "1,01/01/2015,01/06/2024,01/07/2024,0,1,MF,L0"),
        ("PlacedAdoption", "placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "1,01/01/2015,01/06/2024,,"),
        ("Missing", "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END", "1,01/01/2015,M,01/06/2024,02/06/2024"),
    };

    /// <summary>Builds the clean return with some fields changed ("Table.FIELD=value") and extra rows ("Table|row").</summary>
    internal static ReturnData Return(int year, params string[] changes)
    {
        var files = new List<(string, string)>();
        foreach (var (table, file, columns, row) in Clean)
        {
            var names = columns.Split(',');
            var values = row.Split(',');
            foreach (var c in changes.Where(c => c.StartsWith(table + ".", System.StringComparison.Ordinal)))
            {
                var eq = c.IndexOf('=', System.StringComparison.Ordinal);
                values[System.Array.IndexOf(names, c.Substring(table.Length + 1, eq - table.Length - 1))] = c.Substring(eq + 1);
            }
            var rows = new List<string> { string.Join(",", values) };
            rows.AddRange(changes.Where(c => c.StartsWith(table + "|", System.StringComparison.Ordinal)).Select(c => c.Substring(table.Length + 1)));
            files.Add((file, columns + "\n" + string.Join("\n", rows) + "\n"));
        }
        return TestData.Csv903(year, files.ToArray());
    }

    private static System.Collections.Immutable.ImmutableArray<ValidationFailure> Run(string code, ReturnData data) =>
        ReturnValidator.Validate(data, ValidationRuleSet.For(ReturnKind.Ssda903, data.Year).Only(new[] { code })).Failures;

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        { "101", new[] { "Header.SEX=X" }, new[] { "Header.SEX=F" } },
        { "102", new[] { "Header.DOB=31/02/2015" }, new[] { "Header.DOB=28/02/2015" } },
        { "103", new[] { "Header.ETHNIC=WXYZ" }, new[] { "Header.ETHNIC=BAFR" } },
        { "132", new[] { "OC3.ACTIV=Q9" }, new[] { "OC3.ACTIV=G6" } },
        { "133", new[] { "OC3.ACCOM=B3" }, new[] { "OC3.ACCOM=B2" } },
        { "141", new[] { "Episodes.DECOM=2024-13-01" }, new[] { "Episodes.DECOM=2024-12-01" } },
        { "142", new[] { "Episodes|1,01/07/2024,P,C2,N1,U2,PR1,,,,,," }, new[] { "Episodes.DEC=01/07/2024", "Episodes.REC=X1", "Episodes|1,01/07/2024,P,C2,N1,U2,PR1,,,,,," } },
        { "143", new[] { "Episodes.RNE=Z" }, new[] { "Episodes.RNE=P" } },
        { "144", new[] { "Episodes.LS=C9" }, new[] { "Episodes.LS=V2" } },
        { "145", new[] { "Episodes.CIN=N9" }, new[] { "Episodes.CIN=N8" } },
        { "146", new[] { "Episodes.PLACE=Q1" }, new[] { "Episodes.PLACE=K2" } },
        { "149", new[] { "Episodes.DEC=01/08/2024", "Episodes.REC=E99" }, new[] { "Episodes.DEC=01/08/2024", "Episodes.REC=E8" } },
        { "153", new[] { "OC3.ACCOM=" }, new[] { "OC3.IN_TOUCH=", "OC3.ACTIV=", "OC3.ACCOM=" } },
        { "158", new[] { "OC2.SUBSTANCE_MISUSE=1", "OC2.INTERVENTION_RECEIVED=1", "OC2.INTERVENTION_OFFERED=1" }, new[] { "OC2.SUBSTANCE_MISUSE=1", "OC2.INTERVENTION_RECEIVED=1" } },
        { "166", new[] { "Reviews.REVIEW=" }, new[] { "Reviews.REVIEW=2024-06-01" } },
        { "167", new[] { "Reviews.REVIEW_CODE=PN9" }, new[] { "Reviews.REVIEW_CODE=PN7" } },
        { "171", new[] { "Header.SEX=F", "Header.MOTHER=1", "Header.MC_DOB=32/01/2024" }, new[] { "Header.SEX=F", "Header.MOTHER=1", "Header.MC_DOB=31/01/2024" } },
        { "174", new[] { "Header.MC_DOB=31/01/2024" }, new[] { "Header.SEX=F", "Header.MC_DOB=31/01/2024" } },
        { "175", new[] { "AD1.NB_ADOPTR=3" }, new[] { "AD1.NB_ADOPTR=2" } },
        { "176", new[] { "AD1.SEX_ADOPTR=M2" }, new[] { "AD1.SEX_ADOPTR=FF" } },
        { "177", new[] { "AD1.LS_ADOPTR=L5" }, new[] { "AD1.LS_ADOPTR=L4" } },
        { "178", new[] { "Episodes.PLACE=T1" }, new[] { "Episodes.PLACE=T1", "Episodes.PLACE_PROVIDER=" } },
        { "180", new[] { "OC2.SDQ_SCORE=41" }, new[] { "OC2.SDQ_SCORE=40" } },
        { "181", new[] { "OC2.TEETH_CHECK=2" }, new[] { "OC2.TEETH_CHECK=0" } },
        { "184", new[] { "PlacedAdoption.DATE_PLACED=31/12/2014" }, new[] { "PlacedAdoption.DATE_PLACED=01/01/2015" } },
        { "301", new[] { "Header.DOB=01/04/2025" }, new[] { "Header.DOB=31/03/2025" } },
        { "302", new[] { "Episodes.DECOM=31/12/2014" }, new[] { "Episodes.DECOM=01/01/2015" } },
        { "304", new[] { "UASC.DUC=02/01/2033" }, new[] { "UASC.DUC=01/01/2033" } },
        { "333", new[] { "AD1.DATE_INT=02/07/2024" }, new[] { "AD1.DATE_INT=01/07/2024" } },
        { "356", new[] { "Episodes.DEC=30/04/2024", "Episodes.REC=E8" }, new[] { "Episodes.DEC=02/05/2024", "Episodes.REC=E8" } },
        { "357", new[] { "Episodes.RNE=P" }, new[] { "Episodes.DECOM=01/03/2024", "Episodes.RNE=P" } },
        { "361", new[] { "Episodes.LS=L1", "Episodes.DEC=05/05/2024", "Episodes.REC=E8" }, new[] { "Episodes.LS=L1", "Episodes.DEC=04/05/2024", "Episodes.REC=E8" } },
        { "362", new[] { "Episodes.LS=L2", "Episodes.DEC=23/05/2024", "Episodes.REC=E8" }, new[] { "Episodes.LS=L2", "Episodes.DEC=22/05/2024", "Episodes.REC=E8" } },
        { "365", new[] { "Episodes.LS=V3", "Episodes.DEC=19/05/2024", "Episodes.REC=E8" }, new[] { "Episodes.LS=V3", "Episodes.DEC=18/05/2024", "Episodes.REC=E8" } },
        { "386", new[] { "Header.DOB=01/05/2006", "Episodes.DEC=01/05/2024", "Episodes.DECOM=01/04/2024", "Episodes.REC=E11" }, new[] { "Header.DOB=02/05/2006", "Episodes.DEC=01/05/2024", "Episodes.DECOM=01/04/2024", "Episodes.REC=E11" } },
        { "388", new[] { "Episodes.DEC=01/07/2024", "Episodes.REC=X1" }, new[] { "Episodes.DEC=01/07/2024", "Episodes.REC=X1", "Episodes|1,01/07/2024,P,C2,N1,U2,PR1,,,,,," } },
        { "431", new[] { "Episodes.DEC=01/07/2024", "Episodes.REC=E8", "Episodes|1,01/07/2024,S,C2,N1,U2,PR1,,,,,," }, new[] { "Episodes.DEC=01/07/2024", "Episodes.REC=E8", "Episodes|1,02/07/2024,S,C2,N1,U2,PR1,,,,,," } },
        { "433", new[] { "Episodes.DEC=01/07/2024", "Episodes.REC=X1", "Episodes|1,02/07/2024,P,C2,N1,U2,PR1,,,,,," }, new[] { "Episodes.DEC=01/07/2024", "Episodes.REC=X1", "Episodes|1,01/07/2024,P,C2,N1,U2,PR1,,,,,," } },
        { "442", new[] { "Header.UPN=" }, new[] { "Header.UPN=UN1" } },
        { "1004", new[] { "Missing.MIS_START=" }, new[] { "Missing.MIS_START=01/06/2024" } },
        { "1005", new[] { "Missing.MIS_END=2024-06-32" }, new[] { "Missing.MIS_END=" } },
    };

    [Fact]
    public void TheCleanReturnPassesEveryRule()
    {
        var report = ReturnValidator.Validate(Return(2025));
        Assert.Empty(report.Failures);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void EveryRuleHasACase()
    {
        var codes = ValidationRuleSet.For(ReturnKind.Ssda903, new CollectionYear(2025)).Rules.Select(r => r.Code);
        Assert.Equal(codes.OrderBy(c => c, System.StringComparer.Ordinal), Cases.Select(c => c.Data.Item1).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FailsThenPasses(string code, string[] failing, string[] passing)
    {
        var failures = Run(code, Return(2025, failing)).ToList();
        var failure = Assert.Single(failures);
        Assert.Equal(code, failure.RuleCode);
        Assert.Equal("1", failure.ChildId);
        Assert.NotNull(failure.Location.Line);
        Assert.Empty(Run(code, Return(2025, passing)));
    }

    [Fact]
    public void RuleSetsAreYearVersioned()
    {
        // Sex was 1 or 2 until 2023/24 and M, F or U from 2024/25 (rule 101 changed).
        Assert.Empty(Run("101", Return(2024, "Header.SEX=1", "UASC.SEX=1")));
        Assert.Single(Run("101", Return(2025, "Header.SEX=1")));
        // K3 is a placement code from 2025/26 (rule 146 changed); H5 was withdrawn.
        Assert.Single(Run("146", Return(2025, "Episodes.PLACE=K3")));
        Assert.Empty(Run("146", Return(2026, "Episodes.PLACE=K3")));
        Assert.Single(Run("146", Return(2026, "Episodes.PLACE=H5")));
        var v2026 = ValidationRuleSet.For(ReturnKind.Ssda903, new CollectionYear(2026));
        Assert.Equal("ssda903-2025/26", v2026.Id);
        Assert.Equal("ssda903-2024/25", v2026.Extends);
        // A year before the first version gets the first version.
        Assert.Equal("ssda903-2022/23", ValidationRuleSet.For(ReturnKind.Ssda903, new CollectionYear(2018)).Id);
        Assert.True(v2026.Rules.Length >= 40);
    }

    [Fact]
    public void Rule101FailsThenPassesIn2022To23()
    {
        // 2023/24 resolves to the 2022/23 base, where sex is coded 1 or 2: the clean return's M fails there (it passes
        // from 2024/25, see FailsThenPasses) and 2 passes.
        Assert.Equal("ssda903-2022/23", ValidationRuleSet.For(ReturnKind.Ssda903, new CollectionYear(2024)).Id);
        var failure = Assert.Single(Run("101", Return(2024)));
        Assert.Equal("1", failure.ChildId);
        Assert.Equal("SEX", Assert.Single(failure.Fields));
        Assert.Empty(Run("101", Return(2024, "Header.SEX=2")));
    }

    [Fact]
    public void Rule178FailsThenPassesIn2025To26()
    {
        // From 2025/26 a Z11 to Z14 placement has no provider (and T4 is no longer one of the placements without one).
        // Z11 with provider PR1: fails in 2025/26, not in 2024/25 (whose list of placements without a provider is
        // T0 to T4 and Z1); Z11 with no provider passes in 2025/26.
        Assert.Single(Run("178", Return(2026, "Episodes.PLACE=Z11")));
        Assert.Empty(Run("178", Return(2026, "Episodes.PLACE=Z11", "Episodes.PLACE_PROVIDER=")));
        Assert.Empty(Run("178", Return(2025, "Episodes.PLACE=Z11")));
        // T4 with provider PR1: fails in 2024/25, passes in 2025/26.
        Assert.Single(Run("178", Return(2025, "Episodes.PLACE=T4")));
        Assert.Empty(Run("178", Return(2026, "Episodes.PLACE=T4")));
        // A code that is no provider at all fails in both versions.
        Assert.Single(Run("178", Return(2026, "Episodes.PLACE_PROVIDER=PR9")));
    }

    [Fact]
    public void ARemovedRuleResolvesAwayInItsYearAndStaysInEarlierYears()
    {
        // A catalogue whose 2024/25 version removes rule "2" of the 2022/23 base and whose 2025/26 version adds "3".
        static ValidationRule Rule(string code) => RuleHelpers.Row(ReturnKind.Ssda903, code, "rule " + code, "Header", new[] { "SEX" }, (_, _) => false);
        var versions = new[]
        {
            new RuleSetVersion(2023, new[] { Rule("1"), Rule("2") }),
            new RuleSetVersion(2025, System.Array.Empty<ValidationRule>(), remove: new[] { "2" }),
            new RuleSetVersion(2026, new[] { Rule("3") }),
        };
        string[] Codes(int year) => ValidationRuleSet.Resolve(ReturnKind.Ssda903, new CollectionYear(year), versions).Rules.Select(r => r.Code).ToArray();
        // Earlier years (2022/23 and 2023/24, which resolves to the base) keep it; 2024/25 and later do not.
        Assert.Equal(new[] { "1", "2" }, Codes(2023));
        Assert.Equal(new[] { "1", "2" }, Codes(2024));
        Assert.Equal(new[] { "1" }, Codes(2025));
        Assert.Equal(new[] { "1", "3" }, Codes(2026));
        var v2025 = ValidationRuleSet.Resolve(ReturnKind.Ssda903, new CollectionYear(2025), versions);
        Assert.Equal("ssda903-2024/25", v2025.Id);
        Assert.Equal("ssda903-2022/23", v2025.Extends);
        Assert.Null(v2025.Find("2"));
        // Removing a rule the set does not have is a catalogue error, named.
        var broken = new[] { new RuleSetVersion(2023, new[] { Rule("1") }), new RuleSetVersion(2025, System.Array.Empty<ValidationRule>(), remove: new[] { "2" }) };
        var e = Assert.Throws<System.InvalidOperationException>(() => ValidationRuleSet.Resolve(ReturnKind.Ssda903, new CollectionYear(2025), broken));
        Assert.Contains("removes 2", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ChoosingRulesAndCsv()
    {
        var set = ValidationRuleSet.For(ReturnKind.Ssda903, new CollectionYear(2025));
        Assert.Throws<System.ArgumentException>(() => set.Only(new[] { "99999" }));
        Assert.Equal(set.Rules.Length - 2, set.Without(new[] { "101", "103" }).Rules.Length);
        var report = ReturnValidator.Validate(Return(2025, "Header.ETHNIC=WXYZ", "Header.SEX=X"), set.Only(new[] { "101", "103" }));
        Assert.Equal(2, report.ErrorCount);
        var csv = report.ToCsv().Split('\n');
        Assert.Equal("rule,severity,table,row,source,line,xml_path,child,fields,message", csv[0]);
        Assert.StartsWith("101,error,Header,0,header.csv,2,,1,SEX,", csv[1], System.StringComparison.Ordinal);
    }
}
