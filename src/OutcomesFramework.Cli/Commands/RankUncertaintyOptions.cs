using System.CommandLine;
using System.Globalization;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>--uncertainty [--runs 1000] [--seed 42]</c>, shared by <c>league</c> and <c>score</c>: each rank with its 5–95%
/// interval from a Monte Carlo over the observations' sampling uncertainty (docs/uncertainty.md).
/// </summary>
internal sealed class RankUncertaintyOptions
{
    public Option<bool> Uncertainty { get; } = new("--uncertainty") { Description = "Give each rank its 5–95% interval from a Monte Carlo over the observations' sampling uncertainty: \"41 (28–63)\" (docs/uncertainty.md)." };

    public Option<int> Runs { get; } = new("--runs") { Description = "Monte Carlo replications with --uncertainty (default 1000).", DefaultValueFactory = _ => UncertaintyOptions.Default.Runs };

    public Option<ulong> Seed { get; } = new("--seed") { Description = "The seed with --uncertainty (default 42): the same seed gives byte-identical output on any machine, culture and thread count.", DefaultValueFactory = _ => UncertaintyOptions.Default.Seed };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Uncertainty);
        command.Options.Add(Runs);
        command.Options.Add(Seed);
    }

    /// <summary>The settings asked for, or null without <c>--uncertainty</c>; a user error for a bad <c>--runs</c>, or <c>--runs</c>/<c>--seed</c> alone.</summary>
    public UncertaintyOptions? Settings(ParseResult parse)
    {
        if (!parse.GetValue(Uncertainty))
        {
            if (parse.GetResult(Runs) is { Implicit: false } || parse.GetResult(Seed) is { Implicit: false })
            {
                throw new UserErrorException("--runs and --seed apply only with --uncertainty.");
            }
            return null;
        }
        var n = parse.GetValue(Runs);
        if (n < UncertaintyOptions.MinimumRuns || n > UncertaintyOptions.MaximumRuns)
        {
            throw new UserErrorException("--runs must be from " + UncertaintyOptions.MinimumRuns.ToString(CultureInfo.InvariantCulture) + " to "
                + UncertaintyOptions.MaximumRuns.ToString(CultureInfo.InvariantCulture) + ".");
        }
        return UncertaintyOptions.Default.WithRuns(n).WithSeed(parse.GetValue(Seed));
    }

    /// <summary>Runs the Monte Carlo for <paramref name="year"/>.</summary>
    public static RankUncertainty Run(ScoringEngine engine, int year, UncertaintyOptions settings, int threads) =>
        ScoringOptions.ForYear(() => RankUncertaintyAnalysis.Run(engine, year, settings, threads));
}
