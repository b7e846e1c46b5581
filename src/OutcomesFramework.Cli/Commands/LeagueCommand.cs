using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Scoring.Output;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes league [--outcome BH|SS|EA|PC|EW] [--period YEAR] [--comparator …] [--overlay file] [--data file.csv …]
/// [--uncertainty [--runs 1000] [--seed 42]] [--threads N] [--format table|json|csv] [--out file]</c>: every council scored and
/// ranked, overall or on one outcome; with <c>--uncertainty</c> each rank with its 5–95% interval.
/// </summary>
internal static class LeagueCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var options = new ScoringOptions(withLa: false, withFormat: true);
        var outcome = new Option<string?>("--outcome") { Description = "Rank on one outcome (BH, SS, EA, PC or EW) instead of the overall score." };
        var threads = new Option<int>("--threads") { Description = "Threads to score with (the output is the same whatever the number).", DefaultValueFactory = _ => 1 };
        var uncertainty = new RankUncertaintyOptions();
        var command = new Command("league", "Score every council and rank them, overall or on one outcome.") { outcome, threads };
        uncertainty.AddTo(command);
        options.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var format = options.FormatOf(parse, ScoringOptions.Formats);
            var count = parse.GetValue(threads);
            if (count < 1 || count > 64)
            {
                throw new UserErrorException("--threads must be from 1 to 64.");
            }
            var engine = options.Engine(parse, parse.InvocationConfiguration.Error);
            var outcomeId = parse.GetValue(outcome)?.Trim().ToUpperInvariant();
            if (outcomeId is not null && engine.Framework.FindOutcome(outcomeId) is null)
            {
                throw new UserErrorException("Unknown --outcome '" + parse.GetValue(outcome) + "'; use one of " + string.Join(", ", engine.Framework.Outcomes.Select(o => o.Id + " (" + o.Name + ")")) + ".");
            }
            var settings = uncertainty.Settings(parse);
            var league = ScoringOptions.ForYear(() => engine.ScoreAll(parse.GetValue(options.Period), count));
            if (settings is not null)
            {
                var result = RankUncertaintyOptions.Run(engine, league.Year, settings, count);
                options.Emit(parse, output, Outputs.RankUncertaintyOutput.Formats.Find(format)!.ToText(new Outputs.RankUncertaintyView(league, result, outcomeId)));
                return ExitCodes.Success;
            }
            switch (format)
            {
                case "json":
                    options.Emit(parse, output, ScorecardJson.ToJson(league, outcomeId));
                    break;
                case "csv":
                    var ranked = league.Ranked(outcomeId);
                    options.Emit(parse, output, ScorecardCsv.OutcomesToCsv(ranked), null);
                    break;
                default:
                    using (var text = new StringWriter(CultureInfo.InvariantCulture))
                    {
                        ScorecardTable.Write(league, outcomeId, text);
                        options.Emit(parse, output, text.ToString());
                    }
                    break;
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
