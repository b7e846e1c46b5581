using System;
using System.Globalization;
using System.Text;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>A problem found in one row or cell of an EES file: where it is, what kind it is, and why.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EesRejection
{
    /// <summary>Creates a rejection (the reader makes these; public so that a stored report can be rebuilt).</summary>
    /// <param name="fileName">The EES file name.</param>
    /// <param name="line">The 1-based physical line on which the row starts (≥ 1).</param>
    /// <param name="column">The column, or null when the whole row is at fault.</param>
    /// <param name="indicatorId">The indicator concerned, or null.</param>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="reason">Why, in words.</param>
    /// <exception cref="ArgumentNullException">The file name or reason is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1.</exception>
    public EesRejection(string fileName, int line, string? column, string? indicatorId, EesRejectionKind kind, string reason)
    {
        Utility.Preconditions.CheckNotNull(fileName, nameof(fileName));
        Utility.Preconditions.CheckArgumentRange(nameof(line), line, 1, int.MaxValue);
        Utility.Preconditions.CheckNotNull(reason, nameof(reason));
        FileName = fileName;
        Line = line;
        Column = column;
        IndicatorId = indicatorId;
        Kind = kind;
        Reason = reason;
    }

    /// <summary>Gets the EES file name.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based physical line on which the row starts (line 1 is the header).</summary>
    public int Line { get; }

    /// <summary>Gets the column at fault, or null when the whole row is.</summary>
    public string? Column { get; }

    /// <summary>Gets the indicator whose observation was lost, or null when the row fed none.</summary>
    public string? IndicatorId { get; }

    /// <summary>Gets the kind of problem.</summary>
    public EesRejectionKind Kind { get; }

    /// <summary>Gets the reason, as a sentence.</summary>
    public string Reason { get; }

    /// <summary>Returns <c>file, line N, column 'c' (indicator): reason</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(FileName).Append(", line ").Append(Line.ToString(CultureInfo.InvariantCulture));
        if (Column is not null)
        {
            sb.Append(", column '").Append(Column).Append('\'');
        }
        if (IndicatorId is not null)
        {
            sb.Append(" (").Append(IndicatorId).Append(')');
        }
        return sb.Append(": ").Append(Reason).ToString();
    }

    internal static int Compare(EesRejection a, EesRejection b)
    {
        var c = string.CompareOrdinal(a.FileName, b.FileName);
        if (c == 0)
        {
            c = a.Line.CompareTo(b.Line);
        }
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Column, b.Column);
        }
        if (c == 0)
        {
            c = string.CompareOrdinal(a.IndicatorId, b.IndicatorId);
        }
        if (c == 0)
        {
            c = a.Kind.CompareTo(b.Kind);
        }
        return c != 0 ? c : string.CompareOrdinal(a.Reason, b.Reason);
    }
}
