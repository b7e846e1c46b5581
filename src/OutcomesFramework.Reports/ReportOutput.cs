using System;
using OutcomesFramework.Outputs;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Reports;

/// <summary>
/// The report as a format of the output seam (<see cref="OutputFormatRegistry{T}"/>), named <c>html</c>: one council's
/// report, the England overview, and a scorecard's report for hosts whose outputs are scorecards.
/// </summary>
/// <remarks>
/// The core's registries stay free of HTML (the core targets netstandard2.0 and knows nothing of this package); a host
/// composes them, for example <c>ScorecardOutput.Formats.With(ReportOutput.ForScorecards(card =&gt; …))</c>, so that
/// <c>--format html</c> is offered beside <c>table</c>, <c>json</c> and <c>csv</c>.
/// </remarks>
/// <threadsafety>The members are immutable and thread-safe.</threadsafety>
public static class ReportOutput
{
    /// <summary>The name users type: <c>html</c>.</summary>
    public const string Name = "html";

    /// <summary>What the format writes, in a few words, for help texts.</summary>
    public const string Description = "a self-contained, accessible HTML report (docs/report.md)";

    /// <summary>Gets the formats a council's report is written in: <c>html</c>.</summary>
    public static OutputFormatRegistry<CouncilReport> CouncilFormats { get; } = new OutputFormatRegistry<CouncilReport>()
        .With(new OutputFormat<CouncilReport>(Name, HtmlReport.MediaType, Description, (report, writer) => writer.Write(HtmlReport.Render(report))));

    /// <summary>Gets the formats the England overview is written in: <c>html</c>.</summary>
    public static OutputFormatRegistry<EnglandReport> EnglandFormats { get; } = new OutputFormatRegistry<EnglandReport>()
        .With(new OutputFormat<EnglandReport>(Name, HtmlReport.MediaType, Description, (report, writer) => writer.Write(HtmlReport.Render(report))));

    /// <summary>
    /// Returns the <c>html</c> format for scorecards: <paramref name="report"/> supplies what a scorecard alone does not
    /// carry (the observations behind the trends, the neighbours, the assurance result and the accountability map).
    /// </summary>
    /// <param name="report">Builds a scorecard's report input; it must be deterministic.</param>
    /// <returns>The format, to add to a scorecard registry with <see cref="OutputFormatRegistry{T}.With"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static OutputFormat<Scorecard> ForScorecards(Func<Scorecard, CouncilReport> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new OutputFormat<Scorecard>(Name, HtmlReport.MediaType, Description, (card, writer) =>
        {
            var input = report(card);
            // A report of another scorecard would be written under this one's name: refuse it rather than mislabel.
            if (!ReferenceEquals(input.Scorecard, card))
            {
                throw new InvalidOperationException("The report built for " + card.Area.Name + "'s scorecard holds another scorecard (" + input.Scorecard.Area.Name + ").");
            }
            writer.Write(HtmlReport.Render(input));
        });
    }
}
