namespace OutcomesFramework.Returns;

/// <summary>One field of a table, with the collection years it belongs to.</summary>
internal sealed class FieldSchema
{
    public FieldSchema(string name, FieldKind kind, int firstYear = 0, int lastYear = int.MaxValue)
    {
        Name = name;
        Kind = kind;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    public string Name { get; }

    public FieldKind Kind { get; }

    /// <summary>The first collection year (end year) that has the field; 0 when it always had it.</summary>
    public int FirstYear { get; }

    /// <summary>The last collection year (end year) that has the field.</summary>
    public int LastYear { get; }

    public bool In(CollectionYear year) => year.EndYear >= FirstYear && year.EndYear <= LastYear;
}
