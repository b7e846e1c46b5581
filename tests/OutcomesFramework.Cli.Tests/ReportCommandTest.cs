using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using OutcomesFramework.England;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>
/// <c>outcomes report</c> through the tool's entry point: each option changes the file as it says, <c>--format html</c>
/// is the output seam's name for it (also on <c>score</c>), and bad input is a typed message with exit code 2, never a
/// stack trace or an internal error.
/// </summary>
public sealed class ReportCommandTest : IDisposable
{

    private readonly string dir = Directory.CreateTempSubdirectory("outcomes-report-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string PathOf(string name) => Path.Combine(dir, name);

    /// <summary>Runs the command and returns the file it wrote, failing with the tool's messages if it did not succeed.</summary>
    private string Report(string file, params string[] args)
    {
        var path = PathOf(file);
        var (code, output, error) = Run(args.Concat(new[] { "--out", path }).ToArray());
        Assert.True(code == 0, "exit " + code + ": " + error);
        Assert.Equal("Wrote " + path + Environment.NewLine, output);
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
        return Encoding.UTF8.GetString(bytes);
    }

    private static string Fact(string html, string indicatorId, string label)
    {
        var article = Regex.Match(html, "<article class=\"indicator\" id=\"ind-" + Regex.Escape(indicatorId) + "\".*?</article>", RegexOptions.Singleline);
        Assert.True(article.Success, indicatorId + " has no article");
        var fact = Regex.Match(article.Value, "<dt>" + Regex.Escape(label) + "</dt><dd>([^<]*)</dd>");
        Assert.True(fact.Success, indicatorId + " has no fact " + label);
        return System.Net.WebUtility.HtmlDecode(fact.Groups[1].Value);
    }

    private static string Header(string html, string label)
    {
        var fact = Regex.Match(html, "<dt>" + Regex.Escape(label) + "</dt><dd>([^<]*)</dd>");
        Assert.True(fact.Success, "no header " + label);
        return System.Net.WebUtility.HtmlDecode(fact.Groups[1].Value);
    }

    [Fact]
    public void La_WritesOneSelfContainedDocumentForTheCouncil()
    {
        var html = Report("leeds.html", "report", "--la", "Leeds");
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Leeds: children&#x27;s services outcomes, 2025</h1>", html, StringComparison.Ordinal);
        Assert.Equal("Leeds (383, E08000035)", Header(html, "Council"));
        Assert.Equal(EnglandData.Default.RuleSet.Id + " " + EnglandData.Default.RuleSet.Version, Header(html, "Rule set"));
        // The as-of date is the data's latest Ofsted publication, never the clock: the same data give the same file.
        var latest = EnglandData.Default.Inspections.Max(i => i.PublicationDate);
        Assert.Equal(latest.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture), Header(html, "Data as of"));
        Assert.Equal(html, Report("leeds-by-code.html", "report", "--la", "E08000035"));
        // The council is scored in the league of every council, so its overall and outcome ranks are given.
        var data = EnglandData.Default;
        var league = new OutcomesFramework.Scoring.ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours).ScoreAll();
        var leeds = league.Find(data.Areas.Get("Leeds"))!;
        Assert.Contains("; rank " + Ordinal(leeds.Overall.Rank!.Value) + " of " + leeds.Overall.RankOf + ").", html, StringComparison.Ordinal);
        foreach (var outcome in leeds.Outcomes.Where(o => o.Rank is not null))
        {
            Assert.Contains("<td class=\"num\">" + Ordinal(outcome.Rank!.Value) + " of " + outcome.RankOf + "</td></tr>", html, StringComparison.Ordinal);
        }
    }

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, …</summary>
    private static string Ordinal(int n) =>
        n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    [Fact]
    public void Score_FormatHtml_IsTheSameFileAsReport()
    {
        var report = Report("report.html", "report", "--la", "Hackney");
        var score = Report("score.html", "score", "--la", "Hackney", "--format", "html");
        Assert.Equal(report, score);
        var explicitFormat = Report("format.html", "report", "--la", "Hackney", "--format", "HTML");
        Assert.Equal(report, explicitFormat);
    }

    [Fact]
    public void Help_ListsHtmlAmongTheFormats()
    {
        var (_, reportHelp, _) = Run("report", "--help");
        Assert.Contains("--format", reportHelp, StringComparison.Ordinal);
        Assert.Contains("html (a self-contained, accessible HTML report", reportHelp, StringComparison.Ordinal);
        var (_, scoreHelp, _) = Run("score", "--help");
        foreach (var format in new[] { "table (", "json (", "csv (", "html (" })
        {
            Assert.Contains(format, scoreHelp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void England_WritesTheOverviewWithEveryCouncil()
    {
        var html = Report("england.html", "report", "--england");
        Assert.Contains("<h1>England: children&#x27;s services outcomes", html, StringComparison.Ordinal);
        foreach (var la in EnglandData.Default.Areas.LocalAuthorities)
        {
            Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(la.Name) + " <span class=\"note\">(", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Uncertainty_GivesEachRankItsInterval()
    {
        var html = Report("leeds-intervals.html", "report", "--la", "Leeds", "--uncertainty", "--runs", "20", "--seed", "7");
        Assert.Contains("in the middle 90% of 20 Monte Carlo redraws", html, StringComparison.Ordinal);
        Assert.Matches("; rank [0-9]+(st|nd|rd|th) of [0-9]+ \\([0-9]+(st|nd|rd|th)(–[0-9]+(st|nd|rd|th)| in at least 90% of runs)\\)\\)\\.</p>", System.Net.WebUtility.HtmlDecode(html));
        // The same seed gives the same file.
        Assert.Equal(html, Report("leeds-intervals-again.html", "report", "--la", "Leeds", "--uncertainty", "--runs", "20", "--seed", "7"));
    }

    [Fact]
    public void Period_ChoosesTheYear()
    {
        var html = Report("leeds-2023.html", "report", "--la", "Leeds", "--period", "2023");
        Assert.Contains("<h1>Leeds: children&#x27;s services outcomes, 2023</h1>", html, StringComparison.Ordinal);
        Assert.Equal("2023", Header(html, "Scorecard year"));
    }

    [Fact]
    public void Rules_ReplacesTheDefaultRuleSet()
    {
        var rules = Path.Combine(AppContext.BaseDirectory, "Fixtures", "assurance", "local-rules.json");
        var html = Report("hartlepool.html", "report", "--la", "Hartlepool", "--rules", rules, "--as-of", "2025-12-01");
        Assert.Equal("local-rules 1", Header(html, "Rule set"));
        Assert.Contains("from rule set local-rules 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Regime_ChoosesTheAccountabilityMap()
    {
        var html = Report("leeds-2014.html", "report", "--la", "Leeds", "--regime", "solace-2014");
        var regime = OutcomesFramework.Accountability.AccountabilityRegime.Named.Single(r => r.Id == "solace-2014");
        Assert.Equal(regime.Name, Header(html, "Accountability regime"));
    }

    [Fact]
    public void Overlay_LocalIndicatorWithOneCouncil_ShowsNoRankAndNoBand()
    {
        // A local percentage indicator only Leeds has: a rank "1st of 1" and a quartile band would be judgements the
        // data cannot carry, so both are a dash, and there is no spine chart (no spread of councils to draw).
        var overlay = UserInputDefectsTest.LocalIndicatorOverlay(dir, UserInputDefectsTest.Row(2024, "55.5") + UserInputDefectsTest.Row(2025, "61.5"));
        var html = Report("leeds-local.html", "report", "--la", "Leeds", "--overlay", overlay);
        Assert.Contains("<h3 id=\"ind-pc-youth-voice-h\">Young people who took part in youth voice activities</h3>", html, StringComparison.Ordinal);
        Assert.Equal("61.5", Fact(html, "pc-youth-voice", "Value"));
        Assert.Equal("– (no other council has a value to rank against)", Fact(html, "pc-youth-voice", "Rank among councils"));
        Assert.Equal("–", Fact(html, "pc-youth-voice", "Quartile band"));
        Assert.DoesNotMatch(">1st of 1[^0-9]", html);
        Assert.DoesNotContain("id=\"ind-pc-youth-voice-spine\"", html, StringComparison.Ordinal);
        // A ranked indicator of the same report still shows its rank among all councils.
        Assert.Matches("<dt>Rank among councils</dt><dd>[0-9]+(st|nd|rd|th) of 1[0-5][0-9] \\(1st is best\\)</dd>", html);
    }

    public static TheoryData<string[], string> BadInput() => new()
    {
        { new[] { "report", "--la", "Narnia", "--out", "{dir}/x.html" }, "Narnia" },
        { new[] { "report", "--la", "Yorkshire and The Humber", "--out", "{dir}/x.html" }, "not a local authority" },
        { new[] { "report", "--out", "{dir}/x.html" }, "give either --la <council> or --england" },
        { new[] { "report", "--la", "Leeds", "--england", "--out", "{dir}/x.html" }, "give either --la <council> or --england" },
        { new[] { "report", "--la", "Leeds" }, "--out" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/no-such-folder/x.html" }, "does not exist" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}" }, "is a directory" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--period", "1800" }, "1800" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--period", "2100" }, "2100" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--period", "last year" }, "last year" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--format", "pdf" }, "Unknown --format 'pdf'; use html." },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--as-of", "30/09/2025" }, "--as-of: '30/09/2025' is not a date" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--rules", "{dir}/missing-rules.json" }, "missing-rules.json" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--overlay", "{dir}/missing-overlay.json" }, "missing-overlay.json" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--regime", "no-such-regime" }, "no-such-regime" },
        { new[] { "report", "--la", "Leeds", "--out", "{dir}/x.html", "--uncertainty", "--runs", "5" }, "--runs must be from 20 to 1000000." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void BadInput_IsATypedMessageWithExitCode2AndNoFile(string[] args, string expected)
    {
        var (code, output, error) = Run(args.Select(a => a.Replace("{dir}", dir, StringComparison.Ordinal)).ToArray());
        Assert.True(code == ExitCodes.UserError, "exit " + code + ": " + error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // no stack trace
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal); // no .NET type name
        Assert.DoesNotContain("Wrote", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "x.html")));
    }
}
