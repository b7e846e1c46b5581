using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Reports.Tests;

public sealed class HtmlReportTest
{
    private static readonly Lazy<string> Leeds = new(() => HtmlReport.Render(Reports.Council("Leeds")));

    [Fact]
    public void The_same_input_gives_the_same_bytes_in_any_culture_and_on_any_thread()
    {
        var cultures = new[] { "en-GB", "de-DE", "fr-FR", "ar-SA", "tr-TR", "th-TH", "fa-IR", "" };
        var report = Reports.Council("Leeds");
        var outputs = cultures.AsParallel().Select(name =>
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                return HtmlReport.Render(report);
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }).ToList();
        Assert.All(outputs, o => Assert.Equal(Leeds.Value, o));
    }

    [Fact]
    public void The_overview_is_the_same_in_any_culture()
    {
        var report = Reports.England();
        var invariant = HtmlReport.Render(report);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, HtmlReport.Render(report));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_file_is_self_contained_with_a_strict_policy_and_no_script()
    {
        var html = Leeds.Value;
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"Content-Security-Policy\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src &#x27;none&#x27;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal); // inline style attributes would need 'unsafe-inline'
        // No reference leaves the file: every href is a fragment of this page.
        var hrefs = Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("#", h, StringComparison.Ordinal));
        // Every fragment points at an element of the page.
        var ids = Regex.Matches(html, " id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(hrefs, h => Assert.Contains(h.Substring(1), ids));
    }

    [Fact]
    public void The_policy_admits_exactly_the_stylesheet_by_its_hash()
    {
        var (css, policy) = HtmlReport.Stylesheet;
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        Assert.Contains("style-src 'sha256-" + hash + "'", policy, StringComparison.Ordinal);
        // The browser hashes the text between <style> and </style>: it must be the stylesheet byte for byte.
        Assert.Contains("<style>" + css + "</style>", Leeds.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_is_an_image_with_a_title_a_description_and_a_data_table()
    {
        var html = Leeds.Value;
        var charts = Regex.Matches(html, "<svg class=\"(spine|chart [a-z]+)\" role=\"img\" aria-labelledby=\"([^ \"]+)-t \\2-d\"").Select(m => m.Groups[2].Value).ToList();
        Assert.True(charts.Count > 20, "charts: " + charts.Count);
        Assert.Equal(charts.Count, charts.Distinct(StringComparer.Ordinal).Count());
        foreach (var id in charts)
        {
            Assert.Contains("<title id=\"" + id + "-t\">", html, StringComparison.Ordinal);
            Assert.Contains("<desc id=\"" + id + "-d\">", html, StringComparison.Ordinal);
            Assert.Contains("<table class=\"data\" id=\"" + id + "-table\">", html, StringComparison.Ordinal);
        }
        // Every id is unique (aria-labelledby would otherwise name the wrong element).
        var ids = Regex.Matches(html, " id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_header_names_the_council_period_data_date_and_versions()
    {
        var html = Leeds.Value;
        var data = EnglandData.Default;
        Assert.Contains("<h1>Leeds: children&#x27;s services outcomes, 2025</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Data as of</dt><dd>30 September 2025</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>" + data.Framework.Name + " " + data.Framework.Version + "</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>" + OutcomesFramework.England.EnglandData.Default.RuleSet.Id + " " + OutcomesFramework.England.EnglandData.Default.RuleSet.Version + "</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>OutcomesFramework 0.1.0-test</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Children and Social Work Act 2017", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_is_shown_with_its_severity_message_and_owner()
    {
        var report = Reports.Council("Leeds");
        var html = Leeds.Value;
        Assert.NotEmpty(report.Assurance!.Findings);
        Assert.Equal(report.Assurance.Findings.Length, Regex.Count(html, "<article class=\"finding\">"));
        foreach (var f in report.Assurance.Findings)
        {
            Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(f.Message), html, StringComparison.Ordinal);
        }
        Assert.Contains("<dt>Owner</dt><dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_figure_is_shown_as_suppressed_never_as_zero()
    {
        var name = Reports.WithSuppressedFigures().First();
        var report = Reports.Council(name);
        var html = HtmlReport.Render(report);
        var suppressed = report.Scorecard.Indicators.First(i => i.Observation is { HasValue: false });
        var article = Regex.Match(html, "<article class=\"indicator\" id=\"ind-" + Regex.Escape(suppressed.Indicator.Id) + "\".*?</article>", RegexOptions.Singleline).Value;
        Assert.Contains(OutcomesFramework.Evidence.ObservationStatuses.Describe(suppressed.Observation!.Value.Status), article, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outcome_without_enough_evidence_says_so_instead_of_scoring()
    {
        // A coverage threshold of 100% leaves every outcome with a missing indicator unscored.
        var data = EnglandData.Default;
        var engine = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours, ScoringPolicy.Default.WithCoverageThresholds(1.0, 1.0));
        // A council with a scored indicator that has no figure (suppressed or not published) in its period.
        var council = data.Areas.LocalAuthorities.First(a => engine.Score(a).Outcomes.Any(o => o.Coverage < 1.0));
        var card = engine.Score(council);
        Assert.Contains(card.Outcomes, o => !o.HasSufficientEvidence);
        var html = HtmlReport.Render(new CouncilReport(card, data.Observations, data.Areas, data.StatisticalNeighbours, Reports.Provenance));
        var unscored = card.Outcomes.First(o => !o.HasSufficientEvidence);
        Assert.Matches("<th scope=\"row\"><a href=\"#outcome-" + unscored.Outcome.Id + "\">[^<]*</a></th><td class=\"num insufficient\">insufficient evidence</td>", html);
        Assert.Contains("No assurance result was given.", html, StringComparison.Ordinal);
        Assert.Contains("No accountability map was given.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_council_renders_within_the_size_limit()
    {
        var data = EnglandData.Default;
        var sizes = data.Areas.LocalAuthorities.AsParallel().Select(a => (a.Name, Bytes: Encoding.UTF8.GetByteCount(HtmlReport.Render(Reports.Council(a.Name))))).ToList();
        Assert.Equal(data.Areas.LocalAuthorities.Length, sizes.Count);
        // Issue 12's budget: 1.5 MB (1,500,000 bytes) for every council's report, on the default framework.
        Assert.All(sizes, s => Assert.True(s.Bytes <= 1_500_000, s.Name + ": " + s.Bytes + " bytes"));
    }

    [Fact]
    public void The_inputs_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Render((CouncilReport)null!));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Render((EnglandReport)null!));
        Assert.Throws<ArgumentException>(() => new ReportProvenance(" ", Reports.AsOf));
        var leeds = Reports.Council("Leeds");
        var other = Reports.Council("Hackney");
        var e = Assert.Throws<ArgumentException>(() => new CouncilReport(leeds.Scorecard, leeds.Observations, leeds.Areas, leeds.Neighbours, leeds.Provenance, other.Assurance));
        Assert.Contains("Hackney", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_puts_the_document_in_utf8_without_a_byte_order_mark()
    {
        using var stream = new System.IO.MemoryStream();
        HtmlReport.Write(Reports.Council("Leeds"), stream);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal(Leeds.Value, Encoding.UTF8.GetString(bytes));
    }
}
