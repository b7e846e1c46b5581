namespace OutcomesFramework.Returns;

/// <summary>
/// How every row of one input went: read = kept + rejected, so no record is lost without a reason.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TableAccount
{
    internal TableAccount(string source, string table, int read, int kept)
    {
        Source = source;
        Table = table;
        RowsRead = read;
        RowsKept = kept;
    }

    /// <summary>Gets the file (or XML input) the rows came from.</summary>
    public string Source { get; }

    /// <summary>Gets the table the rows belong to (for example Episodes, or CINdetails), or the file's name when no table matched.</summary>
    public string Table { get; }

    /// <summary>Gets the number of records read.</summary>
    public int RowsRead { get; }

    /// <summary>Gets the number of records kept.</summary>
    public int RowsKept { get; }

    /// <summary>Gets the number of records rejected (each with a <see cref="ReturnProblem"/> saying why).</summary>
    public int RowsRejected => RowsRead - RowsKept;

    /// <inheritdoc/>
    public override string ToString() => Source + " [" + Table + "]: " + RowsRead + " read, " + RowsKept + " kept, " + RowsRejected + " rejected";
}
