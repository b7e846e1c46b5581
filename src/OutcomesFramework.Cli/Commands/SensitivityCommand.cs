using System.CommandLine;
using OutcomesFramework.Scoring.Sensitivity;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes sensitivity [--samples 500] [--seed 42] [--weight-noise 0.25] [--threads N] [--period YEAR] [--overlay …]
/// [--format table|json|csv] [--out file]</c>: which of the composite's choices (weights, normalisation, aggregation,
/// coverage threshold) moves the overall ranks most (Saltelli and Jansen indices, COINr-style).
/// </summary>
internal static class SensitivityCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var options = new ScoringOptions(withLa: false, withFormat: true);
        var samples = new Option<int>("--samples") { Description = "The base sample size N; the run makes N × (choices + 2) evaluations (default 500).", DefaultValueFactory = _ => 500 };
        var seed = new Option<ulong>("--seed") { Description = "The seed (default 42): the same seed gives the same output.", DefaultValueFactory = _ => 42 };
        var noise = new Option<double>("--weight-noise") { Description = "Each weight is multiplied by 1 ± up to this share (default 0.25; 0 holds the weights).", DefaultValueFactory = _ => 0.25 };
        var threads = new Option<int>("--threads") { Description = "Threads to use (the output is the same whatever the number).", DefaultValueFactory = _ => 1 };
        var command = new Command("sensitivity", "Which of the composite's choices moves the ranks most: variance-based sensitivity indices over weights, normalisation, aggregation and coverage threshold.") { samples, seed, noise, threads };
        options.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var format = options.FormatOf(parse, ScoringOptions.Formats);
            var n = parse.GetValue(samples);
            if (n < 10 || n > 100_000)
            {
                throw new UserErrorException("--samples must be from 10 to 100000.");
            }
            var f = parse.GetValue(noise);
            if (!(f >= 0 && f <= 1))
            {
                throw new UserErrorException("--weight-noise must be from 0 to 1.");
            }
            var count = parse.GetValue(threads);
            if (count < 1 || count > 64)
            {
                throw new UserErrorException("--threads must be from 1 to 64.");
            }
            var engine = options.Engine(parse, parse.InvocationConfiguration.Error);
            var design = SensitivityDesign.Default.WithBaseSamples(n).WithSeed(parse.GetValue(seed)).WithWeightNoise(f);
            var result = ScoringOptions.ForYear(() => SensitivityAnalysis.Run(engine, parse.GetValue(options.Period), design, count));
            options.Emit(parse, output, Outputs.SensitivityOutput.Formats.Find(format)!.ToText(result));
            return ExitCodes.Success;
        }));
        return command;
    }
}
