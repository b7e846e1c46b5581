using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// The account of an EES ingest: one <see cref="EesFileReport"/> per file read, in ordinal order of file name,
/// and totals. For every file and in total, used + filtered + rejected = read.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EesIngestReport
{
    /// <summary>Creates the account of an ingest from its files' reports (the reader makes these; public so that a stored report can be rebuilt).</summary>
    /// <param name="files">The file reports, in ordinal order of file name.</param>
    /// <exception cref="ArgumentException">A file report is null.</exception>
    public EesIngestReport(ImmutableArray<EesFileReport> files)
    {
        Utility.Preconditions.CheckNoNullElements(files.IsDefault ? ImmutableArray<EesFileReport>.Empty : files, nameof(files));
        files = files.IsDefault ? ImmutableArray<EesFileReport>.Empty : files;
        Files = files;
        RowsRead = files.Sum(f => f.RowsRead);
        RowsUsed = files.Sum(f => f.RowsUsed);
        RowsFiltered = files.Sum(f => f.RowsFiltered);
        RowsRejected = files.Sum(f => f.RowsRejected);
        ObservationCount = files.Sum(f => f.ObservationCount);
        Rejections = files.SelectMany(f => f.Rejections).ToImmutableArray();
    }

    /// <summary>Gets the reports of the files read, in ordinal order of file name.</summary>
    public ImmutableArray<EesFileReport> Files { get; }

    /// <summary>Gets the data rows read in all files.</summary>
    public int RowsRead { get; }

    /// <summary>Gets the rows used in all files.</summary>
    public int RowsUsed { get; }

    /// <summary>Gets the rows filtered out in all files.</summary>
    public int RowsFiltered { get; }

    /// <summary>Gets the rows rejected in all files.</summary>
    public int RowsRejected { get; }

    /// <summary>Gets the number of observations produced.</summary>
    public int ObservationCount { get; }

    /// <summary>Gets every problem in every file, by file, line and column.</summary>
    public ImmutableArray<EesRejection> Rejections { get; }

    /// <summary>Gets whether no row or cell was rejected.</summary>
    public bool IsClean => Rejections.IsEmpty;

    /// <summary>Finds the report of a file.</summary>
    /// <param name="fileName">The EES file name (ordinal).</param>
    /// <returns>The report, or null when the file was not read.</returns>
    public EesFileReport? File(string fileName) => Files.FirstOrDefault(f => string.Equals(f.FileName, fileName, StringComparison.Ordinal));

    /// <summary>Returns the totals and each file's summary (up to 20 problems per file).</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendFormat(CultureInfo.InvariantCulture, "EES ingest: {0} file{1}, {2} rows read = {3} used + {4} filtered + {5} rejected; {6} observations",
            Files.Length, Files.Length == 1 ? string.Empty : "s", RowsRead, RowsUsed, RowsFiltered, RowsRejected, ObservationCount).Append('\n');
        foreach (var f in Files)
        {
            f.AppendTo(sb, 20);
        }
        return sb.ToString();
    }
}
