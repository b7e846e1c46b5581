using System;
using System.Linq;
using OutcomesFramework.Outputs;
using OutcomesFramework.Reports.Model;
using Xunit;

namespace OutcomesFramework.Reports.Tests;

/// <summary>The report on the output seam: the <c>html</c> format, and how a host composes it into the scorecard formats.</summary>
public sealed class ReportOutputTest
{
    [Fact]
    public void The_council_format_is_html_and_writes_the_rendered_document()
    {
        var format = Assert.Single(ReportOutput.CouncilFormats.Formats);
        Assert.Equal("html", format.Name);
        Assert.Equal("text/html; charset=utf-8", format.MediaType);
        Assert.Same(format, ReportOutput.CouncilFormats.Find(" HTML "));
        var report = Reports.Council("Leeds");
        Assert.Equal(HtmlReport.Render(report), format.ToText(report));
    }

    [Fact]
    public void The_england_format_is_html()
    {
        var format = Assert.Single(ReportOutput.EnglandFormats.Formats);
        Assert.Equal("html", format.Name);
        Assert.Equal(format.MediaType, ReportOutput.CouncilFormats.Formats[0].MediaType);
    }

    [Fact]
    public void Composed_into_the_scorecard_formats_html_follows_table_json_and_csv()
    {
        var report = Reports.Council("Hackney");
        var formats = ScorecardOutput.Formats.With(ReportOutput.ForScorecards(card => report));
        Assert.Equal(new[] { "table", "json", "csv", "html" }, formats.Names.ToArray());
        Assert.Equal(HtmlReport.Render(report), formats.Find("html")!.ToText(report.Scorecard));
        // The core registry itself is untouched: it knows no HTML.
        Assert.DoesNotContain("html", ScorecardOutput.Formats.Names);
    }

    [Fact]
    public void A_report_of_another_scorecard_is_refused_not_mislabelled()
    {
        var leeds = Reports.Council("Leeds");
        var hackney = Reports.Council("Hackney");
        var format = ReportOutput.ForScorecards(_ => leeds);
        var e = Assert.Throws<InvalidOperationException>(() => format.ToText(hackney.Scorecard));
        Assert.Contains("Hackney", e.Message, StringComparison.Ordinal);
        Assert.Contains("Leeds", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ReportOutput.ForScorecards(null!));
    }

    [Theory]
    [InlineData(1, 1, "–")] // one council: no comparison, so no rank
    [InlineData(null, 153, "–")]
    [InlineData(1, null, "–")]
    [InlineData(1, 2, "1st of 2")]
    [InlineData(2, 2, "2nd of 2")]
    [InlineData(41, 153, "41st of 153")]
    [InlineData(112, 153, "112th of 153")]
    public void A_rank_needs_at_least_two_councils(int? rank, int? of, string expected) =>
        Assert.Equal(expected, CouncilPageBuilder.Rank(rank, of));
}
