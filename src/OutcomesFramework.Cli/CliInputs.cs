using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OutcomesFramework.Cli;

/// <summary>
/// The checks every command makes on what the user typed, in one place, so that a bad year, an empty name or a
/// directory given as a file gets the same clear message from every command and never reaches the library as an
/// internal error.
/// </summary>
internal static class CliInputs
{
    /// <summary>The earliest year a reporting period can end in (the library's range).</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a reporting period can end in (the library's range).</summary>
    public const int MaxYear = 2200;

    /// <summary>
    /// The <c>--period</c> option (with <c>--year</c> accepted as an alias): a year, checked to be a whole number in
    /// the library's range when the command line is parsed.
    /// </summary>
    /// <param name="description">What the year means for the command.</param>
    /// <returns>The option.</returns>
    public static Option<int?> Period(string description) => new("--period", "--year")
    {
        Description = description + " (--year is accepted as an older name for --period.)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                result.AddError("--period: '" + text + "' is not a year; give the year the reporting period ends in, for example 2025.");
                return null;
            }
            if (year < MinYear || year > MaxYear)
            {
                result.AddError(string.Format(CultureInfo.InvariantCulture,
                    "--period: {0} is outside the years the library handles ({1} to {2}); give the year the reporting period ends in, for example 2025.", year, MinYear, MaxYear));
                return null;
            }
            return year;
        },
    };

    /// <summary>Writes a note on <paramref name="error"/> when the user wrote <c>--year</c> rather than <c>--period</c>.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="error">Where notes go.</param>
    public static void NoteYearAlias(ParseResult parse, TextWriter error)
    {
        if (parse.Tokens.Any(t => string.Equals(t.Value, "--year", StringComparison.Ordinal)))
        {
            error.WriteLine("outcomes: note: --year is now called --period (the same meaning); --year still works.");
        }
    }

    /// <summary>Checks a council (or area) name the user typed is not empty.</summary>
    /// <param name="text">The name as typed.</param>
    /// <returns>The name.</returns>
    public static string AreaName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UserErrorException("--la is empty: give a council's name (for example Leeds), its 3-digit DfE code or its 9-character ONS code.");
        }
        return text;
    }

    /// <summary>Checks that <paramref name="path"/> names a file that exists (not a directory).</summary>
    /// <param name="path">The path as typed.</param>
    /// <param name="what">What the file is, for the message (for example "The data file").</param>
    /// <returns>The path.</returns>
    public static string ExistingFile(string? path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserErrorException(what + ": the file name is empty.");
        }
        if (Directory.Exists(path))
        {
            throw new UserErrorException(what + " '" + path + "' is a directory; give the path of a file.");
        }
        if (!File.Exists(path))
        {
            throw new UserErrorException(what + " '" + path + "' does not exist.");
        }
        return path;
    }

    /// <summary>Checks that <paramref name="path"/> can be written as an output file (not a directory, its folder exists).</summary>
    /// <param name="path">The path as typed.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <returns>The path.</returns>
    public static string OutputFile(string path, string option = "--out")
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserErrorException(option + ": the file name is empty.");
        }
        if (Directory.Exists(path))
        {
            throw new UserErrorException(option + " '" + path + "' is a directory; give a file name.");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserErrorException(option + " '" + path + "': the folder " + folder + " does not exist.");
        }
        return path;
    }
}
