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

    // The record's values are the slab's [offset, offset + field count), and its parsed dates the date slab's from
    // dateOffset (see ReturnCollector: slabs shared by thousands of records, on the large object heap, which the
    // garbage collector neither copies nor, for dates, scans). A date is default (0001-01-01, never a parsed date:
    // those start in 1900) where the field is blank or not a date; the date slab is null when the table has no dates.
    private readonly string?[] values;
    private readonly int offset;
    private readonly LocalDate[]? dates;
    private readonly int dateOffset;

    // The location's parts, kept in the record rather than as an object of its own: a census keeps millions of
    // records and few are asked where they are (see Location).
    private readonly string source;
    private readonly int line;
    private readonly string? pathText;
    private readonly string? pathHead;
    private readonly string? pathTail;
    private readonly int pathIndex;

    internal ReturnRecord(TableSchema schema, string?[] values, int offset, LocalDate[]? dates, int dateOffset, RecordLocation location, int row)
    {
        Schema = schema;
        this.values = values;
        this.offset = offset;
        this.dates = dates;
        this.dateOffset = dateOffset;
        source = location.Source;
        line = location.Line ?? NoLine;
        pathText = location.PathText;
        pathHead = location.PathHead;
        pathTail = location.PathTail;
        pathIndex = location.PathIndex;
        Row = row;
        // Every table's first field is the child's identifier (903 CHILD, CIN LAchildID).
        ChildId = schema.Fields.Count > 0 && schema.Fields[0].Kind == FieldKind.Id ? values[offset] : null;
    }

    internal TableSchema Schema { get; }

    /// <summary>Gets the table's name (for example Episodes, or CINdetails).</summary>
    public string Table => Schema.Name;

    /// <summary>Gets the child's identifier (903 CHILD, CIN LAchildID), or null when blank.</summary>
    public string? ChildId { get; }

    /// <summary>Gets where the record is in the input.</summary>
    public RecordLocation Location => RecordLocation.FromParts(source, line == NoLine ? null : line, pathText, pathHead, pathIndex, pathTail);

    /// <summary>Gets the record's 0-based position in its table, in reading order.</summary>
    public int Row { get; }

    /// <summary>Gets the names of the record's fields, in the table's order.</summary>
    public IReadOnlyList<string> Fields => Schema.Names;

    /// <summary>Gets a field's normalised text, or null when blank.</summary>
    /// <param name="field">The field's name (case-insensitive).</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentException">The table has no such field.</exception>
    public string? this[string field] => values[offset + Schema.Require(field)];

    /// <summary>Gets a date field's value, or null when blank or not a valid date.</summary>
    /// <param name="field">The field's name (case-insensitive).</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="ArgumentException">The table has no such field.</exception>
    public LocalDate? GetDate(string field) => DateAt(Schema.Require(field));

    internal string? Get(int column) => values[offset + column];

    internal LocalDate? DateAt(int column) => dates is not null && dates[dateOffset + column] is var d && d != default ? d : null;

    /// <summary>True when the field has text that is not a valid date.</summary>
    internal bool IsBadDate(int column) => values[offset + column] is not null && dates is not null && dates[dateOffset + column] == default;
}
