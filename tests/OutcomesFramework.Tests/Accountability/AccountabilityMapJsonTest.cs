using System;
using System.IO;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Accountability.Serialization;
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
              "one-accountable-role",
              "no-reporting-cycles"
            ]
          },
          "roles": [
            {
              "id": "leader",
              "kind": "leader-or-elected-mayor",
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
              "kind": "reports-to",
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
        var map = AccountabilityMapJson.Parse(Minimal);

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
        Assert.Equal(Minimal.Replace("\r\n", "\n", StringComparison.Ordinal), AccountabilityMapJson.Serialize(AccountabilityMapJson.Parse(Minimal)));
    }

    [Theory]
    [InlineData("children-act-2004")]
    [InlineData("cswa-2017")]
    [InlineData("solace-2014")]
    public void Serialize_DefaultMap_RoundTripsToAnEqualMapAndTheSameText(string regimeId)
    {
        var map = DefaultAccountabilityMaps.For(regimeId);

        var text = AccountabilityMapJson.Serialize(map);
        var again = AccountabilityMapJson.Parse(text);

        Assert.Equal(map, again);
        Assert.Equal(text, AccountabilityMapJson.Serialize(again));
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

        var e = Assert.Throws<FrameworkValidationException>(() => AccountabilityMapJson.Parse(json, "faulty.json"));

        Assert.Equal(
            new (string, long?)[]
            {
                ("$.colour", 4), ("$.roles[0].id", 9), ("$.roles[0].name", 11), ("$.roles[1].kind", 14), ("$.lines[0].to", 18),
            },
            e.Problems.Select(p => (p.Path, p.Line)));
        Assert.Contains("Unknown property 'colour'", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("appears twice", e.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("Expected a string, found a number", e.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown role kind 'boss'", e.Problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("'nobody', which the map does not define", e.Problems[4].Message, StringComparison.Ordinal);
        Assert.StartsWith("faulty.json has 5 problems:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsTheLine()
    {
        var e = Assert.Throws<FrameworkValidationException>(() => AccountabilityMapJson.Parse("{\n  \"id\": \"x\",\n  \"name\": \"y\",\n}"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("not well-formed JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamedRegimeWithChecks_IsRefused()
    {
        var json = Minimal.Replace("\"id\": \"custom\"", "\"id\": \"solace-2014\"", StringComparison.Ordinal);

        var e = Assert.Throws<FrameworkValidationException>(() => AccountabilityMapJson.Parse(json));

        Assert.Equal(new[] { "$.regime.name", "$.regime.checks" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Parse_BadTargetsAndRepeatedRoles_AreReported()
    {
        var json = Minimal
            .Replace("\"for\": \"outcome:BH\"", "\"for\": \"outcome:XX\"", StringComparison.Ordinal)
            .Replace("\"leader\"\n      ]", "\"leader\",\n        \"leader\"\n      ]", StringComparison.Ordinal)
            .Replace("\"no-reporting-cycles\"", "\"no-such-check\"", StringComparison.Ordinal);

        var e = Assert.Throws<FrameworkValidationException>(() => AccountabilityMapJson.Parse(json));

        Assert.Equal(new[] { "$.regime.checks[1]", "$.assignments[0].for", "$.assignments[0].informed[1]" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Parse_RootNotAnObject_IsReported()
    {
        var e = Assert.Throws<FrameworkValidationException>(() => AccountabilityMapJson.Parse("[1, 2]"));

        Assert.Equal("Expected an object, found an array.", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Parse_MissingRequiredProperties_AreAllReported()
    {
        var e = Assert.Throws<FrameworkValidationException>(() => AccountabilityMapJson.Parse("{ \"$schema\": \"x\" }"));

        Assert.Equal(new[] { "$.id", "$.name", "$.regime", "$.roles" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void LoadFile_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => AccountabilityMapJson.LoadFile(Path.Combine(AppContext.BaseDirectory, "no-such-map.json")));
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = new System.Text.UTF8Encoding(true).GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.Equal("tiny", AccountabilityMapJson.Read(bytes).Id);
    }
}
