using System;
using System.Collections.Generic;
using System.Linq;

namespace OutcomesFramework.Returns;

/// <summary>
/// One table of a return (a 903 CSV file, or a CIN census module flattened): its fields in order, and the
/// collection years it belongs to. A year's schema is the tables and fields whose years include it.
/// </summary>
internal sealed class TableSchema
{
    private readonly Dictionary<string, int> index;

    // Rules and derivations look fields up by their exact names millions of times: an ordinal table first (its hash
    // is the cheap one), the case-insensitive one for the rest.
    private readonly Dictionary<string, int> exact;

    public TableSchema(string name, IReadOnlyList<FieldSchema> fields, int firstYear = 0, int lastYear = int.MaxValue)
    {
        Name = name;
        Fields = fields;
        FirstYear = firstYear;
        LastYear = lastYear;
        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        exact = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            index[fields[i].Name] = i;
            exact[fields[i].Name] = i;
        }
        Names = fields.Select(f => f.Name).ToArray();
        HasDates = fields.Any(f => f.Kind == FieldKind.Date);
        FirstFieldIsId = fields.Count > 0 && fields[0].Kind == FieldKind.Id;
    }

    /// <summary>Gets whether the first field is the child's identifier (every table's is: 903 CHILD, CIN LAchildID).</summary>
    public bool FirstFieldIsId { get; }

    /// <summary>Gets whether any field is a date (its records keep the parsed dates beside the text).</summary>
    public bool HasDates { get; }

    public string Name { get; }

    public IReadOnlyList<FieldSchema> Fields { get; }

    public string[] Names { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    public bool In(CollectionYear year) => year.EndYear >= FirstYear && year.EndYear <= LastYear;

    /// <summary>Returns the field's position, or -1.</summary>
    public int IndexOf(string field) => Same(field) is var s && s >= 0 ? s : exact.TryGetValue(field, out var i) || index.TryGetValue(field, out i) ? i : -1;

    public int Require(string field) => Same(field) is var s && s >= 0 ? s : exact.TryGetValue(field, out var i) || index.TryGetValue(field, out i) ? i : throw new ArgumentException("Table " + Name + " has no field " + field + ".", nameof(field));

    /// <summary>The field's position when <paramref name="field"/> is the schema's own name instance, else -1.</summary>
    /// <remarks>
    /// Rules and derivations name fields with literals, the same interned strings the schemas are built from: a
    /// reference scan of a dozen names finds them without hashing the name, millions of times a run.
    /// </remarks>
    private int Same(string field)
    {
        var names = Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], field))
            {
                return i;
            }
        }
        return -1;
    }

    internal static FieldSchema F(string name, FieldKind kind = FieldKind.Code, int first = 0, int last = int.MaxValue) => new(name, kind, first, last);
}
