using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes rules show [--format table|json]</c>: the default England assurance rule set, as a list of rules or as
/// the JSON a council's own rule set can <c>extends</c> (so a council needs no copy of the source tree).
/// </summary>
internal static class RulesCommand
{
    private static readonly string[] Formats = { "table", "json" };

    /// <summary>Creates the <c>rules</c> command with its subcommands.</summary>
    /// <returns>The command, for the host to add to its root command.</returns>
    internal static Command Create()
    {
        var command = new Command("rules", "Assurance rule sets: show the default England rule set that 'assure' applies and a council's file can extend.");
        command.Subcommands.Add(CreateShow());
        return command;
    }

    private static Command CreateShow()
    {
        var format = new Option<string>("--format") { Description = "table (one rule a line) or json (the rule-set file, to save and extend).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var command = new Command("show", "Show the default England assurance rule set (" + EnglandData.RuleSetFileName + ").") { format };
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var set = EnglandData.Default.RuleSet;
            if (string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal))
            {
                // ToJson ends with a newline; Write keeps the output byte-identical to the library's writer.
                output.Write(RuleSetJson.ToJson(set));
                return ExitCodes.Success;
            }
            output.WriteLine(set.Id + " " + set.Version + ": " + set.Rules.Length.ToString(CultureInfo.InvariantCulture) + " rules");
            var idWidth = set.Rules.Max(r => r.Id.Length);
            var kindWidth = set.Rules.Max(r => RuleKinds.ToName(r.Kind).Length);
            foreach (var rule in set.Rules)
            {
                output.WriteLine(("  " + rule.Id.PadRight(idWidth) + "  " + RuleKinds.ToName(rule.Kind).PadRight(kindWidth) + "  "
                    + rule.Severity.ToName().PadRight(11) + "  " + (rule.Title ?? string.Empty)).TrimEnd());
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
