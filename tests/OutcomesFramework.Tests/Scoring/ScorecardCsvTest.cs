using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using OutcomesFramework.Statistics.Tests;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// Holds the two CSV tables to their documentation and to the JSON: the columns are those docs/scorecard-json.md lists, in
/// its order, and every field of every row is the figure the JSON shows for the same council and indicator (the two
/// writers are separate code, so a field dropped, moved or formatted differently in either shows as a mismatch).
/// </summary>
public sealed class ScorecardCsvTest
{
    private static readonly SyntheticWorld World = new(seed: 11);

    // A target and goalposts on one indicator, so that the target and clamping columns carry figures too.
    private static readonly League League = World.Engine(ScoringPolicy.Default.WithIndicator("bh-health",
        IndicatorPolicy.None.WithTarget(new LocalTarget(50, 5)).WithNormalisation(Normalisation.Goalposts(20, 80)))).ScoreAll(2025);

    // Read once: the documented column lists every test here is held to.
    private static readonly string[] IndicatorTable = DocumentedColumns("## CSV: indicator table");
    private static readonly string[] OutcomeTable = DocumentedColumns("## CSV: outcome table");

    /// <summary>The backticked names in the first column of the table under <paramref name="heading"/>, in order.</summary>
    private static string[] DocumentedColumns(string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Docs", "scorecard-json.md"));
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, heading);
        var names = new List<string>();
        foreach (var line in lines.Skip(start + 1).SkipWhile(l => !l.StartsWith("| column", StringComparison.Ordinal)).Skip(2))
        {
            if (!line.StartsWith('|'))
            {
                break;
            }
            var cell = line.Split('|')[1];
            names.AddRange(cell.Split(',').Select(n => n.Trim().Trim('`')));
        }
        return names.ToArray();
    }

    private static List<string[]> Parse(string csv)
    {
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        return FixtureCsv.Parse(csv);
    }

    /// <summary>A CSV field against the JSON value at the same place: empty for null or absent, a number equal once parsed.</summary>
    private static void Same(JsonElement? json, string field, string what)
    {
        switch (json?.ValueKind)
        {
            case null or JsonValueKind.Null or JsonValueKind.Undefined:
                Assert.True(field.Length == 0, $"{what}: expected an empty field, got '{field}'");
                break;
            case JsonValueKind.Number:
                Assert.True(double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var x), $"{what}: '{field}' is not a number");
                Assert.True(json.Value.GetDouble() == x, $"{what}: JSON {json.Value.GetRawText()}, CSV {field}");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(json.Value.GetBoolean() ? field == "true" : field == "false", $"{what}: JSON {json.Value.GetRawText()}, CSV {field}");
                break;
            default:
                Assert.True(json.Value.GetString() == field, $"{what}: JSON {json.Value.GetRawText()}, CSV '{field}'");
                break;
        }
    }

    private static JsonElement? At(JsonElement e, params string[] path)
    {
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
            {
                return null;
            }
        }
        return e;
    }

    /// <summary>Every column carried a figure somewhere, so that none was compared only as empty against null.</summary>
    private static void AllCarriedAFigure(string[] columns, HashSet<string> seen) =>
        Assert.Equal(columns.Where(c => c != "area_old_code" || League.Scorecards.Any(s => s.Area.OldCode is not null)), seen.OrderBy(c => Array.IndexOf(columns, c)));

    [Fact]
    public void Columns_AreTheDocumentedOnes_InTheDocumentedOrder()
    {
        Assert.Equal(IndicatorTable, ScorecardCsv.IndicatorColumns);
        Assert.Equal(OutcomeTable, ScorecardCsv.OutcomeColumns);
        Assert.Equal(IndicatorTable, Parse(ScorecardCsv.IndicatorsToCsv(League.Scorecards))[0]);
        Assert.Equal(OutcomeTable, Parse(ScorecardCsv.OutcomesToCsv(League.Scorecards))[0]);
    }

    [Fact]
    public void IndicatorRows_AreTheJsonFigures_FieldByField()
    {
        var columns = IndicatorTable;
        var rows = Parse(ScorecardCsv.IndicatorsToCsv(League.Scorecards));
        var i = 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var card in League.Scorecards)
        {
            using var doc = JsonDocument.Parse(ScorecardJson.ToJson(card));
            var root = doc.RootElement;
            foreach (var ind in root.GetProperty("indicators").EnumerateArray())
            {
                var row = rows[i++];
                Assert.Equal(columns.Length, row.Length);
                string F(string column) => row[Array.IndexOf(columns, column)];
                var expected = new (string Column, JsonElement? Json)[]
                {
                    ("area_code", At(root, "area", "code")), ("area_old_code", At(root, "area", "oldCode")), ("area_name", At(root, "area", "name")),
                    ("year", At(root, "year")), ("indicator_id", At(ind, "id")), ("indicator_title", At(ind, "title")), ("outcome_id", At(ind, "outcome")),
                    ("role", At(ind, "role")), ("polarity", At(ind, "polarity")), ("period", At(ind, "period", "label")), ("period_end", At(ind, "period", "end")),
                    ("stale", At(ind, "stale")), ("status", At(ind, "status")), ("value", At(ind, "value")), ("numerator", At(ind, "numerator")),
                    ("denominator", At(ind, "denominator")), ("ci_lower", At(ind, "interval", "lower")), ("ci_upper", At(ind, "interval", "upper")),
                    ("ci_level", At(ind, "interval", "level")), ("ci_method", At(ind, "interval", "method")), ("england_value", At(ind, "england", "value")),
                    ("region_code", At(ind, "region", "code")), ("region_value", At(ind, "region", "value")),
                    ("neighbour_average", At(ind, "neighbours", "average")), ("neighbour_value", At(ind, "neighbours", "value")),
                    ("neighbours_used", At(ind, "neighbours", "used")), ("neighbours_excluded", At(ind, "neighbours", "excluded")),
                    ("rank", At(ind, "rank")), ("rank_of", At(ind, "rankOf")), ("band", At(ind, "band")), ("comparator", At(ind, "comparison", "comparator")),
                    ("comparator_value", At(ind, "comparison", "comparatorValue")), ("comparison", At(ind, "comparison", "result")),
                    ("previous_period", At(ind, "change", "previousPeriod", "label")), ("previous_value", At(ind, "change", "previousValue")),
                    ("change", At(ind, "change", "change")), ("direction", At(ind, "change", "direction")), ("trend", At(ind, "trend", "direction")),
                    ("target", At(ind, "target", "value")), ("target_status", At(ind, "target", "status")), ("score", At(ind, "score", "value")),
                    ("score_raw", At(ind, "score", "raw")), ("score_clamped", At(ind, "score", "clamped")), ("normalisation", At(ind, "score", "method")),
                    ("weight", At(ind, "weight")), ("counts_towards_outcome", At(ind, "countsTowardsOutcome")),
                };
                Assert.Equal(columns, expected.Select(e => e.Column));
                foreach (var (column, json) in expected)
                {
                    var field = F(column);
                    Same(json, field, $"{card.Area.Code} {ind.GetProperty("id").GetString()} {column}");
                    if (field.Length > 0)
                    {
                        seen.Add(column);
                    }
                }
            }
        }
        Assert.Equal(rows.Count, i);
        AllCarriedAFigure(columns, seen);
    }

    [Fact]
    public void OutcomeRows_AreTheJsonFigures_FieldByField_InLeagueOrder()
    {
        var columns = OutcomeTable;
        var rows = Parse(ScorecardCsv.OutcomesToCsv(League.Scorecards));
        Assert.Equal(1 + (League.Scorecards.Length * 6), rows.Count);
        var i = 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var card in League.Scorecards)
        {
            using var doc = JsonDocument.Parse(ScorecardJson.ToJson(card));
            var root = doc.RootElement;
            var lines = root.GetProperty("outcomes").EnumerateArray().Select(o => (Json: o, Id: At(o, "id"), Name: At(o, "name"), Unlimited: At(o, "band"), Limited: (JsonElement?)null, Weight: At(o, "weight")))
                .Append((Json: root.GetProperty("overall"), Id: null, Name: null, Unlimited: At(root, "overall", "unlimitedBand"), Limited: At(root, "overall", "limited"), Weight: null));
            foreach (var (o, id, name, unlimited, limited, weight) in lines)
            {
                var row = rows[i++];
                Assert.Equal(columns.Length, row.Length);
                string F(string column) => row[Array.IndexOf(columns, column)];
                var what = $"{card.Area.Code} {F("outcome_id")}";
                if (id is null)
                {
                    // The overall row: its id and name are fixed words, it has no weight and repeats nothing from an outcome.
                    Assert.Equal(("overall", "Overall", string.Empty), (F("outcome_id"), F("outcome_name"), F("weight")));
                }
                else
                {
                    Same(id, F("outcome_id"), what);
                    Same(name, F("outcome_name"), what);
                    Same(weight, F("weight"), what + " weight");
                    Assert.Equal("false", F("limited"));
                }
                Same(At(root, "area", "code"), F("area_code"), what);
                Same(At(root, "area", "oldCode"), F("area_old_code"), what);
                Same(At(root, "area", "name"), F("area_name"), what);
                Same(At(root, "year"), F("year"), what);
                Same(At(o, "score"), F("score"), what + " score");
                Same(At(o, "band"), F("band"), what + " band");
                Same(unlimited, F("unlimited_band"), what + " unlimited_band");
                if (limited is not null)
                {
                    Same(limited, F("limited"), what + " limited");
                }
                Same(At(o, "sufficientEvidence"), F("sufficient_evidence"), what + " sufficient_evidence");
                Same(At(o, "coverage"), F("coverage"), what + " coverage");
                Same(At(o, "coverageThreshold"), F("coverage_threshold"), what + " coverage_threshold");
                Same(At(o, "method"), F("method"), what + " method");
                Same(At(o, "rank"), F("rank"), what + " rank");
                Same(At(o, "rankOf"), F("rank_of"), what + " rank_of");
                foreach (var column in columns.Where(c => F(c).Length > 0))
                {
                    seen.Add(column);
                }
            }
        }
        AllCarriedAFigure(columns, seen);
    }

    [Fact]
    public void Fields_WithACommaQuoteOrLineBreak_AreQuoted_OthersAreNot()
    {
        var csv = ScorecardCsv.IndicatorsToCsv(League.Scorecards);
        // The synthetic title holds a comma and quotes: quoted, inner quotes doubled, and read back as written.
        Assert.Contains(",\"Synthetic looked after, per 10,000 \"\"children\"\"\",", csv, StringComparison.Ordinal);
        Assert.Contains(FixtureCsv.Parse(csv), r => r.Contains("Synthetic looked after, per 10,000 \"children\""));
        // Plain fields are never quoted.
        var card = League.Scorecards[0];
        Assert.DoesNotContain("\"" + card.Area.Code + "\"", csv, StringComparison.Ordinal);
        Assert.StartsWith(card.Area.Code + ",", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Writers_RefuseNullArguments()
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Throws<ArgumentNullException>("scorecards", () => ScorecardCsv.WriteIndicators(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => ScorecardCsv.WriteIndicators(League.Scorecards, null!));
        Assert.Throws<ArgumentNullException>("scorecards", () => ScorecardCsv.WriteOutcomes(null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => ScorecardCsv.WriteOutcomes(League.Scorecards, null!));
        Assert.Equal(string.Empty, w.ToString());
    }
}
