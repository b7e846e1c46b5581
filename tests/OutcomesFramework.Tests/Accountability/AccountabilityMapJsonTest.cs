using System;
using System.IO;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Frameworks;
using Xunit;

namespace OutcomesFramework.Tests.Accountability;

public sealed class AccountabilityMapJsonTest
{
    private const string Minimal = """
        {
          "id": "tiny",
          "name": "Tiny council",
          "regime": {
            "id": "custom",
            "name": "Just the basics",
            "checks": [
              "oneAccountableRole",
              "noReportingCycles"
            ]
          },
          "roles": [
            {
              "id": "leader",
              "kind": "leaderOrElectedMayor",
              "name": "Leader"
            },
            {
              "id": "people",
              "kind": "local",
              "name": "Director of People",
              "statutoryBasis": "Council constitution, part 3"
            }
          ],
          "lines": [
            {
              "from": "people",
              "kind": "reportsTo",
              "to": "leader"
            }
          ],
          "assignments": [
            {
              "for": "outcome:BH",
              "accountable": "people",
              "informed": [
                "leader"
              ]
            }
          ]
        }

        """;

    [Fact]
    public void Parse_MinimalDocument_ReadsEveryPart()
    {
        var map = AccountabilityMapJson.Read(Minimal);

        Assert.Equal("tiny", map.Id);
        Assert.True(map.Regime.IsCustom);
        Assert.Equal(new[] { AccountabilityCheck.OneAccountableRole, AccountabilityCheck.NoReportingCycles }, map.Regime.Checks);
        Assert.Equal(RoleKind.LeaderOrElectedMayor, map.Roles[0].Kind);
        Assert.Equal(StatutoryRoles.BasisOf(RoleKind.LeaderOrElectedMayor), map.Roles[0].StatutoryBasis);
        Assert.Equal("Council constitution, part 3", map.Roles[1].StatutoryBasis);
        Assert.Equal(new AccountabilityLine("people", LineKind.ReportsTo, "leader"), map.Lines.Single());
        Assert.Equal(new Assignment(AssignmentTarget.ForOutcome("BH"), "people", informedRoleIds: new[] { "leader" }), map.Assignments.Single());
    }

    [Fact]
    public void Serialize_MinimalDocument_GivesTheSameText()
    {
        Assert.Equal(Minimal.Replace("\r\n", "\n", StringComparison.Ordinal), AccountabilityMapJson.ToJson(AccountabilityMapJson.Read(Minimal)));
    }

    [Theory]
    [InlineData("children-act-2004")]
    [InlineData("cswa-2017")]
    [InlineData("solace-2014")]
    public void Serialize_DefaultMap_RoundTripsToAnEqualMapAndTheSameText(string regimeId)
    {
        var map = DefaultAccountabilityMaps.For(regimeId);

        var text = AccountabilityMapJson.ToJson(map);
        var again = AccountabilityMapJson.Read(text);

        Assert.Equal(map, again);
        Assert.Equal(text, AccountabilityMapJson.ToJson(again));
    }

    [Fact]
    public void Parse_SeveralFaults_ReportsEveryOneWithPathAndLine()
    {
        // Line numbers are those of this text: unknown property (line 4), duplicate key (line 9), wrong type (line 11),
        // unknown kind (line 14), dangling reference (line 18).
        var json = string.Join("\n",
            "{",                                              // 1
            "  \"id\": \"faulty\",",                          // 2
            "  \"name\": \"Faulty\",",                        // 3
            "  \"colour\": \"blue\",",                        // 4
            "  \"regime\": { \"id\": \"children-act-2004\" },", // 5
            "  \"roles\": [",                                 // 6
            "    {",                                          // 7
            "      \"id\": \"dcs\",",                         // 8
            "      \"id\": \"dcs2\",",                        // 9
            "      \"kind\": \"director-of-childrens-services\",", // 10
            "      \"name\": 5",                              // 11
            "    },",                                         // 12
            "    { \"id\": \"cx\", \"name\": \"Chief\",",     // 13
            "      \"kind\": \"boss\" }",                     // 14
            "  ],",                                           // 15
            "  \"lines\": [",                                 // 16
            "    { \"from\": \"dcs\", \"kind\": \"reports-to\",", // 17
            "      \"to\": \"nobody\" }",                     // 18
            "  ]",                                            // 19
            "}");                                             // 20

        var e = Assert.Throws<AccountabilityMapValidationException>(() => AccountabilityMapJson.Read(json, "faulty.json"));

        Assert.Equal(
            new (string, long?)[]
            {
                ("$.colour", 4), ("$.roles[0].id", 9), ("$.roles[0].name", 11), ("$.roles[1].kind", 14), ("$.lines[0].to", 18),
            },
            e.Problems.Select(p => (p.Path, p.Line)));
        Assert.Contains("Unknown property 'colour'", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("is given more than once", e.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("Expected a string, found a number", e.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown role kind 'boss'", e.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("'nobody', which the map does not define", e.Problems[4].Message, StringComparison.Ordinal);
        Assert.StartsWith("faulty.json has 5 problems:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsTheLine()
    {
        var e = Assert.Throws<AccountabilityMapValidationException>(() => AccountabilityMapJson.Read("{\n  \"id\": \"x\",\n  \"name\": \"y\",\n}"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("Not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamedRegimeWithChecks_IsRefused()
    {
        var json = Minimal.Replace("\"id\": \"custom\"", "\"id\": \"solace-2014\"", StringComparison.Ordinal);

        var e = Assert.Throws<AccountabilityMapValidationException>(() => AccountabilityMapJson.Read(json));

        Assert.Equal(new[] { "$.regime.name", "$.regime.checks" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Parse_BadTargetsAndRepeatedRoles_AreReported()
    {
        var json = Minimal
            .Replace("\"for\": \"outcome:BH\"", "\"for\": \"outcome:XX\"", StringComparison.Ordinal)
            .Replace("\"leader\"\n      ]", "\"leader\",\n        \"leader\"\n      ]", StringComparison.Ordinal)
            .Replace("\"noReportingCycles\"", "\"no-such-check\"", StringComparison.Ordinal);

        var e = Assert.Throws<AccountabilityMapValidationException>(() => AccountabilityMapJson.Read(json));

        Assert.Equal(new[] { "$.regime.checks[1]", "$.assignments[0].for", "$.assignments[0].informed[1]" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Parse_RootNotAnObject_IsReported()
    {
        var e = Assert.Throws<AccountabilityMapValidationException>(() => AccountabilityMapJson.Read("[1, 2]"));

        Assert.Equal("Expected an object, found an array.", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Parse_MissingRequiredProperties_AreAllReported()
    {
        var e = Assert.Throws<AccountabilityMapValidationException>(() => AccountabilityMapJson.Read("{ \"$schema\": \"x\" }"));

        Assert.Equal(new[] { "$.id", "$.name", "$.regime", "$.roles" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void LoadFile_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => AccountabilityMapJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "no-such-map.json")));
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = new System.Text.UTF8Encoding(true).GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.Equal("tiny", AccountabilityMapJson.Read(bytes).Id);
    }

    [Fact]
    public void Read_KebabCaseOfVersion01_IsAcceptedWithADeprecationWarningAndWrittenInCamelCase()
    {
        var legacy = Minimal
            .Replace("\"oneAccountableRole\"", "\"one-accountable-role\"", StringComparison.Ordinal)
            .Replace("\"leaderOrElectedMayor\"", "\"leader-or-elected-mayor\"", StringComparison.Ordinal)
            .Replace("\"reportsTo\"", "\"reports-to\"", StringComparison.Ordinal);
        var warnings = new System.Collections.Generic.List<DocumentProblem>();

        var map = AccountabilityMapJson.Read(legacy, "legacy.json", warnings);

        // One warning per old spelling, where it is (lines of Minimal: check on 8, role kind on 15, line kind on 28).
        Assert.Equal(new (string, long?)[] { ("$.regime.checks[0]", 8), ("$.roles[0].kind", 15), ("$.lines[0].kind", 28) }, warnings.Select(w => (w.Path, w.Line)));
        Assert.All(warnings, w => Assert.Contains("deprecated", w.Message, StringComparison.Ordinal));
        Assert.Contains("write 'reportsTo'", warnings[2].Message, StringComparison.Ordinal);
        Assert.Equal(AccountabilityMapJson.Read(Minimal), map);
        Assert.Equal(Minimal.Replace("\r\n", "\n", StringComparison.Ordinal), AccountabilityMapJson.ToJson(map));
    }

    [Fact]
    public void Read_CurrentSpelling_GivesNoWarning()
    {
        var warnings = new System.Collections.Generic.List<DocumentProblem>();

        AccountabilityMapJson.Read(Minimal, null, warnings);

        Assert.Empty(warnings);
    }

    [Fact]
    public void Read_NotUtf8_GivesTheSameTypedErrorAsTheOverlayReader()
    {
        // Issue 11: bytes that are not UTF-8 inside a string used to escape as "Cannot transcode invalid UTF-8 JSON text".
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\n  \"id\": \"x\",\n  \"name\": \"caf\u00e9\"\n}");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF; // 0xFF never occurs in UTF-8

        var e = Assert.Throws<AccountabilityMapValidationException>(() => AccountabilityMapJson.Read(bytes, "bad.json"));
        var overlay = Assert.Throws<OutcomesFramework.Scoring.Overlays.OverlayValidationException>(() => OutcomesFramework.Scoring.Overlays.LocalOverlayJson.Read(bytes, "bad.json"));

        var problem = e.Problems.Single(p => p.Path == "$.name");
        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid Unicode", problem.Message, StringComparison.Ordinal);
        Assert.Equal(problem, overlay.Problems.Single(p => p.Path == "$.name"));
        Assert.StartsWith("bad.json has ", e.Message, StringComparison.Ordinal);
    }
}
