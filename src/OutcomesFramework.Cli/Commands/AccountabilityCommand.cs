using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Accountability.Serialization;
using OutcomesFramework.Frameworks;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes accountability validate &lt;file&gt; [--regime …]</c> and <c>outcomes accountability show [--regime …]</c>:
/// check a council's accountability map, and show a default one as a tree of roles, lines and assignments.
/// </summary>
internal static class AccountabilityCommand
{
    /// <summary>Exit code for a valid map or a successful show.</summary>
    internal const int Valid = 0;

    /// <summary>Exit code for a map with diagnostics, or a file that cannot be read or loaded.</summary>
    internal const int Invalid = 2;

    private static readonly string[] RegimeIds = AccountabilityRegime.Named.Select(r => r.Id).ToArray();

    /// <summary>Creates the <c>accountability</c> command with its subcommands.</summary>
    /// <returns>The command, for the host to add to its root command.</returns>
    internal static Command Create()
    {
        var command = new Command("accountability", "Accountability lines: who answers for each outcome and indicator, and where findings go.");
        command.Subcommands.Add(CreateValidate());
        command.Subcommands.Add(CreateShow());
        return command;
    }

    private static Option<string> RegimeOption(string description, bool withDefault)
    {
        var option = new Option<string>("--regime") { Description = description };
        if (withDefault)
        {
            option.DefaultValueFactory = _ => AccountabilityRegime.ChildrenAct2004Id;
        }
        option.AcceptOnlyFromAmong(RegimeIds);
        return option;
    }

    private static Command CreateValidate()
    {
        var file = new Argument<string>("file") { Description = "The accountability map, as JSON (see docs/accountability.md)." };
        var regime = RegimeOption("Check against this regime instead of the map's own, to see what it would find missing.", withDefault: false);
        var command = new Command("validate", "Check an accountability map against its regime and list every fault (exit 0 valid, 2 invalid or unreadable).")
        {
            file,
            regime,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            AccountabilityMap map;
            try
            {
                map = AccountabilityMapJson.LoadFile(path);
            }
            catch (FrameworkValidationException e)
            {
                error.WriteLine(e.Message);
                return Invalid;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine("Cannot read '" + path + "': " + e.Message);
                return Invalid;
            }
            var chosen = parse.GetValue(regime) is { } id ? AccountabilityRegime.FindNamed(id)! : map.Regime;
            var diagnostics = AccountabilityValidator.Validate(map, chosen);
            var head = map.Id + " under " + chosen.Id + " (" + chosen.Name + "): " + Count(map.Roles.Length, "role") + ", "
                + Count(map.Lines.Length, "line") + ", " + Count(map.Assignments.Length, "assignment");
            if (diagnostics.IsEmpty)
            {
                output.WriteLine(head + ". Valid: every check passed (" + string.Join(", ", chosen.Checks.Select(AccountabilityNames.ToName)) + ").");
                return Valid;
            }
            output.WriteLine(head + ". " + Count(diagnostics.Length, "problem") + ":");
            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine("  " + diagnostic);
            }
            return Invalid;
        });
        return command;
    }

    private static Command CreateShow()
    {
        var regime = RegimeOption("Which default map to show.", withDefault: true);
        var command = new Command("show", "Show a default accountability map as a tree of roles, lines and assignments.") { regime };
        command.SetAction(parse =>
        {
            AccountabilityTree.Write(DefaultAccountabilityMaps.For(parse.GetValue(regime)!), parse.InvocationConfiguration.Output);
            return Valid;
        });
        return command;
    }

    private static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
