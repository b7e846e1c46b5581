using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;

namespace OutcomesFramework.Outputs;

/// <summary>
/// The formats a <see cref="Scorecard"/> is written in, by name, over the writers of
/// <see cref="OutcomesFramework.Scoring.Output"/>: <c>table</c>, <c>json</c> (docs/scorecard-json.md) and <c>csv</c>
/// (the indicator rows; <see cref="ScorecardCsv.WriteOutcomes"/> gives the outcome rows).
/// </summary>
public static class ScorecardOutput
{
    /// <summary>Gets the formats.</summary>
    public static OutputFormatRegistry<Scorecard> Formats { get; } = new OutputFormatRegistry<Scorecard>()
        .With(new OutputFormat<Scorecard>("table", "text/plain", "a table for reading", ScorecardTable.Write))
        .With(new OutputFormat<Scorecard>("json", "application/json", "outcomes-scorecard/1 JSON (docs/scorecard-json.md)", (s, w) => w.Write(ScorecardJson.ToJson(s))))
        .With(new OutputFormat<Scorecard>("csv", "text/csv", "RFC 4180 CSV of the indicator rows (docs/scorecard-json.md)", (s, w) => ScorecardCsv.WriteIndicators(new[] { s }, w)));
}
