using System.CommandLine;
using System.Globalization;
using System.IO;
using OutcomesFramework.Accountability;
using OutcomesFramework.England;
using OutcomesFramework.Scoring.Output;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes score --la X [--period YEAR] [--comparator england|region|neighbours] [--overlay file] [--data file.csv …]
/// [--uncertainty [--runs 1000] [--seed 42] [--threads N]] [--format table|json|csv] [--out file]</c>: the main job — an explained scorecard for one council, on the embedded
/// England data and the default framework unless told otherwise.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var options = new ScoringOptions(withLa: true, withFormat: true, withHtml: true);
        var uncertainty = new RankUncertaintyOptions();
        var threads = new Option<int>("--threads") { Description = "Threads for the --uncertainty Monte Carlo (the output is the same whatever the number).", DefaultValueFactory = _ => 1 };
        var command = new Command("score", "Score a council: every indicator with England, region and statistical-neighbour comparisons, rank, band, trend and a 0-100 score; each outcome and overall. See docs/scoring.md.");
        uncertainty.AddTo(command);
        command.Options.Add(threads);
        options.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var format = options.FormatOf(parse, ScoringOptions.FormatsWithHtml);
            var engine = options.Engine(parse, parse.InvocationConfiguration.Error);
            var la = ScoringOptions.LocalAuthority(engine, parse.GetValue(options.La!)!);
            var settings = uncertainty.Settings(parse);
            var count = parse.GetValue(threads);
            if (count < 1 || count > 64)
            {
                throw new UserErrorException("--threads must be from 1 to 64.");
            }
            var card = ScoringOptions.ForYear(() => engine.Score(la, parse.GetValue(options.Period)));
            if (settings is not null)
            {
                // The interval is the council's place among all councils, so the whole league is replicated.
                card = card.WithRankUncertainty(RankUncertaintyOptions.Run(engine, card.Year, settings, count).Find(la)!);
            }
            switch (format)
            {
                case "json":
                    options.Emit(parse, output, ScorecardJson.ToJson(card));
                    break;
                case Reports.ReportOutput.Name:
                    // The scorecard registry composed with the report (the core stays free of HTML): the same file as
                    // `outcomes report --la` with its defaults (England rule set, 2017 regime, as of the latest publication).
                    var data = EnglandData.Default;
                    var asOf = ReportCommand.AsOf(null, data);
                    var formats = Outputs.ScorecardOutput.Formats.With(Reports.ReportOutput.ForScorecards(
                        c => ReportCommand.Council(engine, c, data.RuleSet, asOf, AccountabilityRegime.ChildrenAndSocialWorkAct2017Id)));
                    options.Emit(parse, output, formats.Find(format)!.ToText(ReportCommand.RankedScorecard(engine, la, parse.GetValue(options.Period))));
                    break;
                case "csv":
                    options.Emit(parse, output, ScorecardCsv.IndicatorsToCsv(new[] { card }), ScorecardCsv.OutcomesToCsv(new[] { card }));
                    break;
                default:
                    using (var text = new StringWriter(CultureInfo.InvariantCulture))
                    {
                        ScorecardTable.Write(card, text);
                        text.Write("\nHow each number is made: outcomes explain --la " + Quote(parse.GetValue(options.La!)!) + " --indicator <id> | --outcome <id>\n");
                        options.Emit(parse, output, text.ToString());
                    }
                    break;
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static string Quote(string s) => s.Contains(' ', System.StringComparison.Ordinal) ? "\"" + s + "\"" : s;
}
