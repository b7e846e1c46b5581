using System.Collections.Generic;
using System.CommandLine;

namespace OutcomesFramework.Cli.Commands;

/// <summary>Every subcommand of the tool, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalogue
{
    /// <summary>Creates the subcommands.</summary>
    /// <returns>The subcommands.</returns>
    public static IEnumerable<Command> All()
    {
        yield return ScoreCommand.Create();
        yield return LeagueCommand.Create();
        yield return SensitivityCommand.Create();
        yield return ExplainCommand.Create();
        yield return DataCommand.Create();
        yield return AssureCommand.Create();
        yield return SpcCommand.Create();
        yield return AccountabilityCommand.Create();
        yield return RulesCommand.Create();
        yield return ReturnsCommand.Create();
        yield return ReportCommand.Create();
    }
}
