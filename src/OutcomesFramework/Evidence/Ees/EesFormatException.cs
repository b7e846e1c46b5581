using System;
using System.Globalization;
using System.Text;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// Thrown when an EES file cannot be read at all: a mandatory or needed column is missing, a column name repeats,
/// the file is empty, or a line is not valid CSV. Names the file and, where they are known, the line and column.
/// </summary>
/// <remarks>Problems confined to one row or cell (a blank cell, an unknown symbol, an unknown area) do not throw:
/// they are rejected rows in the <see cref="EesIngestReport"/>.</remarks>
public sealed class EesFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The EES file name.</param>
    /// <param name="lineNumber">The 1-based line, or null when the problem is not on one line.</param>
    /// <param name="columnName">The column, or null.</param>
    /// <param name="reason">What is wrong, as a sentence.</param>
    public EesFormatException(string fileName, int? lineNumber, string? columnName, string reason)
        : base(BuildMessage(fileName, lineNumber, columnName, reason))
    {
        FileName = fileName;
        LineNumber = lineNumber;
        ColumnName = columnName;
        Reason = reason;
    }

    /// <summary>Gets the EES file name.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line, or null.</summary>
    public int? LineNumber { get; }

    /// <summary>Gets the column, or null.</summary>
    public string? ColumnName { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }

    private static string BuildMessage(string fileName, int? lineNumber, string? columnName, string reason)
    {
        var sb = new StringBuilder("EES file '").Append(fileName).Append('\'');
        if (lineNumber.HasValue)
        {
            sb.Append(", line ").Append(lineNumber.Value.ToString(CultureInfo.InvariantCulture));
        }
        if (columnName is not null)
        {
            sb.Append(", column '").Append(columnName).Append('\'');
        }
        return sb.Append(": ").Append(reason).ToString();
    }
}
