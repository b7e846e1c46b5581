using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace OutcomesFramework.England;

/// <summary>
/// What loading one Ofsted file did with each of its rows: every row read either added an inspection or visit to
/// the history, or described one already read from an earlier file (<see cref="RowsRead"/> = <see cref="Added"/> +
/// <see cref="AlreadyInHistory"/>). Rows about authorities that no longer exist are kept under their own code and
/// listed in <see cref="Notes"/>, never dropped silently.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class InspectionFileReport
{
    internal InspectionFileReport(string file, int rowsRead, int added, int alreadyInHistory, int formerAuthorities, IEnumerable<string> notes)
    {
        File = file;
        RowsRead = rowsRead;
        Added = added;
        AlreadyInHistory = alreadyInHistory;
        FormerAuthorities = formerAuthorities;
        Notes = notes.ToImmutableArray();
    }

    /// <summary>Gets the file name.</summary>
    public string File { get; }

    /// <summary>Gets the number of data rows read.</summary>
    public int RowsRead { get; }

    /// <summary>Gets the number of rows that added an inspection or visit to the history.</summary>
    public int Added { get; }

    /// <summary>Gets the number of rows that describe, identically, an inspection already read from an earlier file.</summary>
    public int AlreadyInHistory { get; }

    /// <summary>Gets the number of added rows about an authority that no longer exists (Ofsted <c>la_status</c> "No longer exists").</summary>
    public int FormerAuthorities { get; }

    /// <summary>Gets a line for every row that was not simply added (former authorities, re-coded authorities), with file and line.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "{0}: {1} rows read, {2} added ({3} for former authorities), {4} already in the history", File, RowsRead, Added, FormerAuthorities, AlreadyInHistory);
}
