using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Cli.Commands;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

public sealed class AssureCommandTest
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "assurance", name);

    [Fact]
    public void La_PrintsTheLevelAndEveryFindingWithEvidenceAndOwner_AsTheLibraryComputesIt()
    {
        var (code, output, error) = Run("assure", "--la", "Hartlepool", "--as-of", "2025-12-01");

        Assert.Equal(0, code);
        Assert.Empty(error);
        // The same assessment straight from the library.
        var data = EnglandData.Default;
        var card = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours).Score("Hartlepool");
        var expected = new AssuranceEngine(EnglandData.Default.EarlyWarningRuleSet, data.Framework)
            .Assess(AssuranceEvidence.FromScorecard(card, data.Observations, new LocalDate(2025, 12, 1), data.Inspections));
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.StartsWith("Hartlepool (805, E06000001): early-warning level " + expected.Level.ToName() + " (rule set ecm-england-assurance 2025.2", lines[0], StringComparison.Ordinal);
        // The model's probability with its interval, then its five largest contributions, then the findings.
        var risk = expected.Findings.Single(f => f.RuleId == "early-warning-model").Risk!;
        Assert.Equal("Early-warning model (early-warning-model): probability of " + risk.Target + " " + risk.Describe() + "; the largest contributions (log-odds):", lines[2]);
        Assert.Equal(risk.Contributions.Take(5).Select(c => "  " + c.Description), lines.Skip(3).Take(5));
        Assert.Equal(expected.Findings.Length + " finding" + (expected.Findings.Length == 1 ? ":" : "s:"), lines[8]);
        Assert.Equal(expected.Findings.Length, lines.Count(l => l.StartsWith("    owner: ", StringComparison.Ordinal)));
        foreach (var f in expected.Findings)
        {
            Assert.Contains("    " + f.Message, lines);
        }
    }

    [Fact]
    public void All_RanksEveryAuthorityByTheModelsProbability()
    {
        var (code, output, _) = Run("assure", "--all", "--as-of", "2025-12-01");

        Assert.Equal(0, code);
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.StartsWith("Early-warning levels, rule set ecm-england-assurance 2025.2", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("; ranked by the early-warning model's probability, highest first", lines[0], StringComparison.Ordinal);
        var rows = lines.Skip(2).ToList();
        Assert.Equal(153, rows.Count);
        var order = new[] { "serious", "concern", "watch", "none" };
        var probabilities = rows.Select(r => System.Text.RegularExpressions.Regex.Match(r, @"  (\d\.\d\d) \[(\d\.\d\d), (\d\.\d\d)\]  ")).ToList();
        Assert.All(probabilities, m => Assert.True(m.Success));
        var p = probabilities.Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(p.OrderByDescending(x => x), p);
        Assert.All(probabilities, m => Assert.InRange(double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(order, l => Assert.Contains(" " + l + " " + rows.Count(r => r.Contains("  " + l + " ", StringComparison.Ordinal)).ToString(System.Globalization.CultureInfo.InvariantCulture), lines[0], StringComparison.Ordinal));
    }

    [Fact]
    public void All_WithRulesWithoutAModel_KeepsTheWorstLevelFirst()
    {
        var (code, output, _) = Run("assure", "--all", "--as-of", "2025-12-01", "--rules", Fixture("local-rules.json"));

        Assert.Equal(0, code);
        var rows = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Skip(2).ToList();
        Assert.Equal(153, rows.Count);
        var order = new[] { "serious", "concern", "watch", "none" };
        var levels = rows.Select(r => Array.IndexOf(order, r.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).First(order.Contains))).ToList();
        Assert.Equal(levels.OrderBy(l => l), levels);
        Assert.DoesNotContain("probability", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_DefaultsToTheNewestDataInThePackage_NotToday()
    {
        var data = EnglandData.Default;
        // By hand: the newest Ofsted report, or the day the framework's latest statistics became public, whichever is later.
        var newest = data.Inspections.Max(i => i.PublicationDate);
        foreach (var indicator in data.Framework.Indicators)
        {
            if (data.Observations.LatestPeriod(indicator.Id) is { } period && PublicationCalendar.England.PublishedOn(period) > newest)
            {
                newest = PublicationCalendar.England.PublishedOn(period);
            }
        }
        Assert.Equal(newest, AssureCommand.NewestDataDate(data));
        var iso = newest.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var defaulted = Run("assure", "--la", "Leeds");
        Assert.Equal(0, defaulted.Code);
        Assert.Contains(", as of " + iso + ")", defaulted.Output, StringComparison.Ordinal);
        Assert.Equal(Run("assure", "--la", "Leeds", "--as-of", iso).Output, defaulted.Output);
    }

    [Fact]
    public void La_Json_CarriesTheProbabilityAndItsInterval()
    {
        var (code, output, error) = Run("assure", "--la", "Leeds", "--as-of", "2025-12-01", "--format", "json");
        Assert.True(code == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var model = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "early-warning-model");
        var p = model.GetProperty("probability").GetDouble();
        Assert.InRange(p, model.GetProperty("probabilityLower").GetDouble(), model.GetProperty("probabilityUpper").GetDouble());
        Assert.Contains("contribution ", model.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomRules_AreRunInsteadOfTheDefault()
    {
        var (code, output, _) = Run("assure", "--la", "E06000001", "--as-of", "2025-12-01", "--rules", Fixture("local-rules.json"));

        Assert.Equal(0, code);
        Assert.Contains("(rule set local-rules 1,", output, StringComparison.Ordinal);
        Assert.Contains("rereferrals-under-99", output, StringComparison.Ordinal); // every re-referral rate is below 99%
    }

    [Fact]
    public void BadRules_ExitTwoWithEveryProblemAndNoStackTrace()
    {
        var (code, output, error) = Run("assure", "--la", "Hartlepool", "--rules", Fixture("bad-rules.json"));

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("$.rules[0].indicator (line 10): Unknown indicator 're-referals'", error, StringComparison.Ordinal);
        Assert.Contains("$.rules[1].kind (line 15): Unknown value 'script'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assure")]
    [InlineData("assure", "--all", "--la", "Hartlepool")]
    public void NeitherOrBoth_IsAUserError(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("outcomes: give either --la <authority> or --all.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownAuthorityOrDate_IsAUserError()
    {
        var (code, _, error) = Run("assure", "--la", "Hartlepol");
        Assert.Equal(2, code);
        Assert.Contains("Hartlepool", error, StringComparison.Ordinal); // suggested
        (code, _, error) = Run("assure", "--la", "Hartlepool", "--as-of", "1 Dec 2025");
        Assert.Equal(2, code);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    /// <summary>The documented rule for tables: half away from zero to the places, never "-0".</summary>
    private static string Shown(double value, int places)
    {
        var r = Math.Round(value, places, MidpointRounding.AwayFromZero);
        return (r == 0 ? 0.0 : r).ToString("F" + places.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void La_EvidenceForReading_IsRoundedToTheIndicatorsDecimalPlaces()
    {
        // Issue 11: "interval lower = 83.54258705457916". Every number in a finding's evidence line is the library's
        // number rounded to the finding's indicator's decimal places (a whole number as it is; 2 places without an
        // indicator), across all councils' findings so that every rule's evidence is seen.
        var data = EnglandData.Default;
        var engine = new AssuranceEngine(data.EarlyWarningRuleSet, data.Framework);
        var scoring = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours);
        var checkedNumbers = 0;
        foreach (var la in new[] { "Hartlepool", "Leeds", "Birmingham", "Kensington and Chelsea", "Cornwall" })
        {
            var (code, output, _) = Run("assure", "--la", la, "--as-of", "2025-12-01");
            Assert.Equal(0, code);
            var expected = engine.Assess(AssuranceEvidence.FromScorecard(scoring.Score(la), data.Observations, new LocalDate(2025, 12, 1), data.Inspections));
            var evidenceLines = output.Split('\n').Where(l => l.StartsWith("    evidence: ", StringComparison.Ordinal)).ToList();
            var withEvidence = expected.Findings.Where(f => !f.Evidence.IsEmpty).ToList();
            Assert.Equal(withEvidence.Count, evidenceLines.Count);
            for (var k = 0; k < withEvidence.Count; k++)
            {
                var f = withEvidence[k];
                var dp = f.IndicatorId is null ? 2 : data.Framework.FindIndicator(f.IndicatorId)!.DecimalPlaces;
                var parts = evidenceLines[k].Substring("    evidence: ".Length).Split("; ");
                Assert.Equal(f.Evidence.Length, parts.Length);
                for (var e = 0; e < parts.Length; e++)
                {
                    var value = f.Evidence[e];
                    var shown = parts[e].Substring(value.Name.Length + 3);
                    if (value.Number is { } n)
                    {
                        var want = n == Math.Floor(n) ? n.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)
                            : Shown(n, dp);
                        Assert.Equal(want, shown);
                        checkedNumbers++;
                    }
                    else
                    {
                        Assert.Equal(value.Text, shown);
                    }
                }
            }
        }
        Assert.True(checkedNumbers > 0, "no numeric evidence was seen");
    }

    [Fact]
    public void Json_KeepsTheEvidenceAtFullPrecision()
    {
        var (code, output, _) = Run("assure", "--la", "Hartlepool", "--as-of", "2025-12-01", "--format", "json");
        Assert.Equal(0, code);
        var data = EnglandData.Default;
        var card = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours).Score("Hartlepool");
        var expected = new AssuranceEngine(data.RuleSet, data.Framework)
            .Assess(AssuranceEvidence.FromScorecard(card, data.Observations, new LocalDate(2025, 12, 1), data.Inspections));
        foreach (var v in expected.Findings.SelectMany(f => f.Evidence).Where(v => v.Number is { } n && n != Math.Floor(n)))
        {
            Assert.Contains(v.Name + " = " + v.Text, output, StringComparison.Ordinal);
        }
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test host") { AssureCommand.Create(), SpcCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
