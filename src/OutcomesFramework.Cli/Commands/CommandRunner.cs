using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Overlays;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;

namespace OutcomesFramework.Cli.Commands;

/// <summary>Runs a command's body and turns the library's typed errors into a message on stderr and exit code 2.</summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/> with the invocation's output writer.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="body">The command's work; returns an exit code.</param>
    /// <returns>The exit code.</returns>
    public static int Run(ParseResult parse, Func<TextWriter, int> body)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        try
        {
            return body(output);
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            error.WriteLine("outcomes: " + ex.Message);
            return ExitCodes.UserError;
        }
    }

    /// <summary>Whether an exception describes a problem with the user's input rather than a fault in the tool.</summary>
    /// <param name="ex">The exception.</param>
    /// <returns>True for user errors.</returns>
    public static bool IsUserError(Exception ex) =>
        ex is UserErrorException
            or UnknownAreaException
            or DocumentValidationException
            or PeriodNotCoveredException
            or EesFormatException
            or DuplicateObservationException
            or FileNotFoundException
            or DirectoryNotFoundException
            or UnauthorizedAccessException
            or JsonException;
}
