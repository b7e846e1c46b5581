using System;
using System.CommandLine;
using System.IO;

namespace OutcomesFramework.Cli;

/// <summary>The <c>outcomes</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>0 on success, 2 on a user error (bad arguments, unknown council, unreadable input), 1 on an internal error.</returns>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given arguments and writers (used by tests and by hosts that embed the tool).</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where messages about errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRootCommand();
        var parse = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0 && parse.Action is null)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine(e.Message);
            }
            return ExitCodes.UserError;
        }
        try
        {
            var code = parse.Invoke(invocation);
            // System.CommandLine reports parse errors with exit code 1; a mistyped command line is a user error.
            return parse.Errors.Count > 0 ? ExitCodes.UserError : code;
        }
#pragma warning disable CA1031 // The tool's last line of defence: an internal error is reported, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine("outcomes: internal error: " + ex.Message);
            error.WriteLine("Please report this with the command line you ran.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Creates the root command with every subcommand.</summary>
    /// <returns>The root command.</returns>
    internal static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Every Child Matters outcomes framework: explained scorecards, assurance findings and accountability for English local-authority children's services. "
            + "Every command takes --format (table, json or csv) and --out FILE. "
            + "Exit codes: 0 done; 2 the input or arguments are wrong (bad option, unknown council, unreadable or invalid file, and with --strict any rejected row of a --data file); 1 an internal error (please report it).");
        foreach (var command in Commands.CommandCatalogue.All())
        {
            root.Add(command);
        }
        return root;
    }
}
