using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Outputs;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes accountability validate &lt;file&gt; [--regime …]</c> and <c>outcomes accountability show [--regime …]</c>:
/// check a council's accountability map, and show a default one as a tree of roles, lines and assignments.
/// </summary>
internal static class AccountabilityCommand
{

    private static readonly string[] AssignmentColumns = { "targetKind", "target", "accountable", "responsible", "consulted", "informed" };

    private static readonly string[] ProblemColumns = { "problem" };

    /// <summary>Exit code for a valid map or a successful show.</summary>
    internal const int Valid = ExitCodes.Success;

    /// <summary>Exit code for a map with diagnostics (as for a file that cannot be read or loaded, which <see cref="CommandRunner"/> reports).</summary>
    internal const int Invalid = ExitCodes.UserError;

    private static readonly string[] RegimeIds = AccountabilityRegime.Named.Select(r => r.Id).ToArray();

    /// <summary>The formats a map is shown in: the tree for reading, the map's own JSON (docs/accountability.md), or its assignments as CSV.</summary>
    internal static readonly OutputFormatRegistry<AccountabilityMap> MapFormats = new OutputFormatRegistry<AccountabilityMap>()
        .With(new OutputFormat<AccountabilityMap>("table", "text/plain", "roles, reporting tree, lines and assignments for reading", (m, w) => AccountabilityTree.Write(m, w)))
        .With(new OutputFormat<AccountabilityMap>("json", "application/json", "the map as accountability JSON (docs/accountability.md), ready to edit and validate", (m, w) => w.Write(AccountabilityMapJson.ToJson(m))))
        .With(new OutputFormat<AccountabilityMap>("csv", "text/csv", "one row per assignment: target, A, R, C, I", (m, w) => OutputTable.Formats.Find("csv")!.Write(Assignments(m), w)));

    private static OutputTable Assignments(AccountabilityMap map) => new(
        map.Name,
        AssignmentColumns,
        map.Assignments.Select(a => new[]
        {
            OutputCell.OfText(a.Target.Kind.ToString()), OutputCell.OfText(a.Target.Id), OutputCell.OfText(a.AccountableRoleId),
            OutputCell.OfText(string.Join(" ", a.ResponsibleRoleIds)), OutputCell.OfText(string.Join(" ", a.ConsultedRoleIds)), OutputCell.OfText(string.Join(" ", a.InformedRoleIds)),
        }));

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
        var outputs = new OutputOptions<OutputTable>(OutputTable.Formats);
        var command = new Command("validate", "Check an accountability map against its regime and list every fault (exit 0 valid, 2 invalid or unreadable).")
        {
            file,
            regime,
        };
        outputs.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var path = parse.GetValue(file)!;
            var format = outputs.Chosen(parse);
            var map = Load(path, parse.InvocationConfiguration.Error);
            var chosen = parse.GetValue(regime) is { } id ? AccountabilityRegime.FindNamed(id)! : map.Regime;
            var diagnostics = AccountabilityValidator.Validate(map, chosen);
            var head = map.Id + " under " + chosen.Id + " (" + chosen.Name + "): " + Count(map.Roles.Length, "role") + ", "
                + Count(map.Lines.Length, "line") + ", " + Count(map.Assignments.Length, "assignment");
            if (format.Name != "table")
            {
                var table = new OutputTable(head, ProblemColumns, diagnostics.Select(d => new[] { OutputCell.OfText(d.ToString()) }));
                OutputOptions<OutputTable>.Emit(parse, outputs.Out, output, format.ToText(table));
                return diagnostics.IsEmpty ? Valid : Invalid;
            }
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
        }));
        return command;
    }

    private static Command CreateShow()
    {
        var regime = RegimeOption("Which default map to show.", withDefault: true);
        var outputs = new OutputOptions<AccountabilityMap>(MapFormats);
        var command = new Command("show", "Show a default accountability map as a tree of roles, lines and assignments.") { regime };
        outputs.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            outputs.Write(parse, output, DefaultAccountabilityMaps.For(parse.GetValue(regime)!));
            return Valid;
        }));
        return command;
    }

    // Load problems (AccountabilityMapValidationException, with JSON paths and lines) are reported by CommandRunner; so are read
    // failures, worded here. Deprecation warnings (0.1's kebab-case names) go to stderr and do not change the exit code.
    private static AccountabilityMap Load(string path, TextWriter error)
    {
        CliInputs.ExistingFile(path, "The accountability map");
        try
        {
            var warnings = new List<DocumentProblem>();
            var map = AccountabilityMapJson.ReadFile(path, warnings);
            foreach (var warning in warnings)
            {
                error.WriteLine("outcomes: warning: " + path + ": " + warning);
            }
            return map;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException("cannot read '" + path + "': " + e.Message, e);
        }
    }

    private static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
