using System;
using System.CommandLine;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Outputs;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes explain --la X (--indicator Y | --outcome Z) [--period YEAR] [--comparator …] [--overlay file]
/// [--data file.csv …]</c>: how each number on a council's scorecard was made — the observations, comparator values,
/// methods, parameters and weights, and what was missing. With neither option, the whole scorecard.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var options = new ScoringOptions(withLa: true, withFormat: false);
        var indicator = new Option<string?>("--indicator") { Description = "The indicator to explain, by id (for example rereferrals)." };
        var outcome = new Option<string?>("--outcome") { Description = "The outcome to explain: BH, SS, EA, PC or EW." };
        var outputs = new OutputOptions<Explanation>(ExplanationOutput.Formats);
        var command = new Command("explain", "Explain how a council's scorecard numbers were made: inputs, methods, parameters, weights and what was missing.") { indicator, outcome };
        options.AddTo(command);
        outputs.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var indicatorId = parse.GetValue(indicator)?.Trim();
            var outcomeId = parse.GetValue(outcome)?.Trim().ToUpperInvariant();
            if (indicatorId is not null && outcomeId is not null)
            {
                throw new UserErrorException("Give --indicator or --outcome, not both.");
            }
            outputs.Chosen(parse);
            var engine = options.Engine(parse, parse.InvocationConfiguration.Error);
            var la = ScoringOptions.LocalAuthority(engine, parse.GetValue(options.La!)!);
            var card = ScoringOptions.ForYear(() => engine.Score(la, parse.GetValue(options.Period)));
            Explanation explanation;
            if (indicatorId is not null)
            {
                if (card.FindIndicator(indicatorId) is null)
                {
                    var closest = card.Indicators.Select(i => i.Indicator.Id)
                        .OrderBy(id => AreaNames.Distance(indicatorId, id)).ThenBy(id => id, StringComparer.Ordinal).Take(5);
                    throw new UserErrorException("The scorecard has no indicator '" + indicatorId + "'. Did you mean: " + string.Join(", ", closest) + "?");
                }
                explanation = card.ExplainIndicator(indicatorId);
            }
            else if (outcomeId is not null)
            {
                if (card.FindOutcome(outcomeId) is null)
                {
                    throw new UserErrorException("Unknown --outcome '" + parse.GetValue(outcome) + "'; use one of " + string.Join(", ", card.Outcomes.Select(o => o.Outcome.Id)) + ".");
                }
                explanation = card.ExplainOutcome(outcomeId);
            }
            else
            {
                explanation = card.Explain();
            }
            outputs.Write(parse, output, explanation);
            return ExitCodes.Success;
        }));
        return command;
    }
}
