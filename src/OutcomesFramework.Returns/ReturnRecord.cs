using System;
using System.Collections.Generic;
using NodaTime;

namespace OutcomesFramework.Returns;

/// <summary>
/// One record of a return: a CSV row of a 903 table or one module of a child in the CIN census (flattened as the
/// DfE's validators flatten it), with its fields normalised (trimmed, blanks as null, codes upper-cased, dates
/// parsed) and where it came from.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReturnRecord
{
    private const int NoLine = int.MinValue;

    // pathIndex's value when path is a literal XML path (or null), not a composed path's head.
    private const int LiteralPath = int.MinValue;

    // The record's values and parsed dates are the slab's [offset, offset + field count) (see ReturnCollector: slabs
    // shared by thousands of records, on the large object heap, which the garbage collector neither copies nor, for
    // dates, scans). A date is default (0001-01-01, never a parsed date: those start in 1900) where the field is blank
    // or not a date.
    private readonly RecordSlab slab;
    private readonly int offset;

    // The location's parts, kept in the record rather than as an object of its own: a census keeps millions of
    // records and few are asked where they are (see Location). path is the composed path's head when pathIndex is a
    // child's index, else the literal path (or null): one field for the two, as a record is one or the other. The
    // record is kept small on purpose (72 bytes): every record is copied as the collector promotes it.
    private readonly string source;
    private readonly int line;
    private readonly string? path;
    private readonly string? pathTail;
    private readonly int pathIndex;

    internal ReturnRecord(TableSchema schema, RecordSlab slab, int offset, RecordLocation location, int row)
    {
        Schema = schema;
        this.slab = slab;
        this.offset = offset;
        source = location.Source;
        line = location.Line ?? NoLine;
        if (location.PathHead is null)
        {
            path = location.PathText;
            pathIndex = LiteralPath;
        }
        else
        {
            path = location.PathHead;
            pathTail = location.PathTail;
            pathIndex = location.PathIndex;
        }
        Row = row;
    }

    /// <summary>
    /// A record whose XML path is <paramref name="pathHead"/>[<paramref name="pathIndex"/>]<paramref name="pathTail"/>
    /// (see <see cref="RecordLocation"/>), or that has no XML path when <paramref name="pathHead"/> is null (a CSV row).
    /// </summary>
    internal ReturnRecord(TableSchema schema, RecordSlab slab, int offset, string source, int? line, string? pathHead, int pathIndex, string? pathTail, int row)
    {
        Schema = schema;
        this.slab = slab;
        this.offset = offset;
        this.source = source;
        this.line = line ?? NoLine;
        path = pathHead;
        if (pathHead is null)
        {
            this.pathIndex = LiteralPath;
        }
        else
        {
            this.pathTail = pathTail;
            this.pathIndex = pathIndex;
        }
        Row = row;
    }

    internal TableSchema Schema { get; }

    /// <summary>Gets the table's name (for example Episodes, or CINdetails).</summary>
    public string Table => Schema.Name;

    /// <summary>Gets the child's identifier (903 CHILD, CIN LAchildID), or null when blank.</summary>
    /// <remarks>Every table's first field is the child's identifier (903 CHILD, CIN LAchildID).</remarks>
    public string? ChildId => Schema.FirstFieldIsId ? slab.Values[offset] : null;

    /// <summary>Gets where the record is in the input.</summary>
    public RecordLocation Location => pathIndex == LiteralPath
        ? new RecordLocation(source, line == NoLine ? null : line, path)
        : new RecordLocation(source, line == NoLine ? null : line, path!, pathIndex, pathTail!);

    /// <summary>Gets the record's 0-based position in its table, in reading order.</summary>
    public int Row { get; }

    /// <summary>Gets the names of the record's fields, in the table's order.</summary>
    public IReadOnlyList<string> Fields => Schema.Names;

    /// <summary>Gets a field's normalised text, or null when blank.</summary>
    /// <param name="field">The field's name (case-insensitive).</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentException">The table has no such field.</exception>
    public string? this[string field] => slab.Values[offset + Schema.Require(field)];

    /// <summary>Gets a date field's value, or null when blank or not a valid date.</summary>
    /// <param name="field">The field's name (case-insensitive).</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="ArgumentException">The table has no such field.</exception>
    public LocalDate? GetDate(string field) => DateAt(Schema.Require(field));

    internal string? Get(int column) => slab.Values[offset + column];

    internal LocalDate? DateAt(int column) => slab.Dates[offset + column] is var d && d != default ? d : null;
}
