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
    private readonly string?[] values;
    private readonly LocalDate?[]? dates;

    internal ReturnRecord(TableSchema schema, string?[] values, LocalDate?[]? dates, RecordLocation location, int row)
    {
        Schema = schema;
        this.values = values;
        this.dates = dates;
        Location = location;
        Row = row;
        // Every table's first field is the child's identifier (903 CHILD, CIN LAchildID).
        ChildId = schema.Fields.Count > 0 && schema.Fields[0].Kind == FieldKind.Id ? values[0] : null;
    }

    internal TableSchema Schema { get; }

    /// <summary>Gets the table's name (for example Episodes, or CINdetails).</summary>
    public string Table => Schema.Name;

    /// <summary>Gets the child's identifier (903 CHILD, CIN LAchildID), or null when blank.</summary>
    public string? ChildId { get; }

    /// <summary>Gets where the record is in the input.</summary>
    public RecordLocation Location { get; }

    /// <summary>Gets the record's 0-based position in its table, in reading order.</summary>
    public int Row { get; }

    /// <summary>Gets the names of the record's fields, in the table's order.</summary>
    public IReadOnlyList<string> Fields => Schema.Names;

    /// <summary>Gets a field's normalised text, or null when blank.</summary>
    /// <param name="field">The field's name (case-insensitive).</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentException">The table has no such field.</exception>
    public string? this[string field] => values[Schema.Require(field)];

    /// <summary>Gets a date field's value, or null when blank or not a valid date.</summary>
    /// <param name="field">The field's name (case-insensitive).</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="ArgumentException">The table has no such field.</exception>
    public LocalDate? GetDate(string field) => dates?[Schema.Require(field)];

    internal string? Get(int column) => values[column];

    internal LocalDate? DateAt(int column) => dates?[column];

    /// <summary>True when the field has text that is not a valid date.</summary>
    internal bool IsBadDate(int column) => values[column] is not null && dates is not null && dates[column] is null;
}
