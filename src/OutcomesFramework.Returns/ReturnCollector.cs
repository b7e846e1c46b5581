using System;
using System.Collections.Generic;

namespace OutcomesFramework.Returns;

/// <summary>
/// Collects records, problems and accounts while a reader runs, and normalises each field through
/// <see cref="FieldValues"/> so the 903 CSV, 903 XML and CIN XML readers tolerate the same messiness the same way.
/// </summary>
internal sealed class ReturnCollector
{
    private readonly Dictionary<string, List<ReturnRecord>> tables = new(StringComparer.Ordinal);
    private readonly List<ReturnProblem> problems = new();
    private readonly Dictionary<ReturnProblemKind, int> problemCounts = new();
    private readonly List<TableAccount> accounts = new();
    private readonly Dictionary<(string Source, string Table), int[]> counts = new();
    private readonly List<(string Source, string Table)> countOrder = new();
    // Records' values and dates go into slabs of this many entries (256 KB of values and 128 KB of dates: the large
    // object heap), a slab shared by thousands of records, instead of two small arrays per record: a census keeps
    // millions of records, and the collector copied every small array from generation to generation; a large object
    // is never copied, and the date array holds no references to scan. A record's values and dates share one offset,
    // so it keeps one reference and one offset for both.
    private const int SlabSize = 32_768;

    private readonly ValuePool pool = new();
    private RecordSlab slab = new(0);
    private int slabUsed;
    private string? lastSource;
    private string? lastTable;
    private int[]? lastCounts;
    private TableSchema? lastSchema;
    private List<ReturnRecord>? lastList;

    public ReturnCollector(ReturnKind kind, CollectionYear year)
    {
        Kind = kind;
        Year = year;
    }

    public ReturnKind Kind { get; }

    public CollectionYear Year { get; }

    public string? LocalAuthority { get; set; }

    /// <summary>
    /// Gets or sets whether the reader hands over codes, booleans and dates already pooled (the census reader's text
    /// pool): a value the normaliser leaves as it is is then kept as given, not looked up in this pool a second time.
    /// A value the reader could not pool (CDATA, split text) is kept unpooled: the same text, a little more memory.
    /// </summary>
    public bool ValuesPooled { get; set; }

    /// <summary>
    /// Counts a problem and lists it while its kind has fewer than <see cref="ReturnData.MaxListedProblemsPerKind"/>
    /// listed: a return padded or lower-cased throughout would otherwise hold a problem per value (memory growing with
    /// the input), and one kind's flood would bury another kind's few. The counts stay whole.
    /// </summary>
    public void Problem(ReturnProblemKind kind, RecordLocation location, string? child, string? field, string message, bool rejects)
    {
        problemCounts.TryGetValue(kind, out var n);
        problemCounts[kind] = n + 1;
        if (n < ReturnData.MaxListedProblemsPerKind)
        {
            problems.Add(new ReturnProblem(kind, location, child, field, message, rejects));
        }
    }

    /// <summary>Returns the one pooled instance of a repeated value (see <see cref="ValuePool"/>).</summary>
    public string Intern(string value) => pool.Intern(value);

#if NET9_0_OR_GREATER
    /// <summary>Returns the one pooled instance of a repeated value read into a buffer, making no string when it is pooled already.</summary>
    public string Intern(ReadOnlySpan<char> value) => pool.Intern(value);
#endif

    /// <summary>Counts a record read (kept or not) against its source and table.</summary>
    public void Count(string source, string table, bool kept)
    {
        // Records come in runs of one source and table: the last counter is usually the one.
        int[]? c;
        if (ReferenceEquals(source, lastSource) && ReferenceEquals(table, lastTable))
        {
            c = lastCounts!;
        }
        else
        {
            var key = (source, table);
            if (!counts.TryGetValue(key, out c))
            {
                c = new int[2];
                counts[key] = c;
                countOrder.Add(key);
            }
            (lastSource, lastTable, lastCounts) = (source, table, c);
        }
        c[0]++;
        if (kept)
        {
            c[1]++;
        }
    }

    /// <summary>Registers a source with no rows so it still shows in the accounts.</summary>
    public void Touch(string source, string table)
    {
        var key = (source, table);
        if (!counts.ContainsKey(key))
        {
            counts[key] = new int[2];
            countOrder.Add(key);
        }
    }

    /// <summary>Builds and keeps a record from raw values already placed in schema order.</summary>
    public ReturnRecord Add(TableSchema schema, string?[] raw, RecordLocation location, string? childForProblems) =>
        Add(schema, raw, location, location.Source, location.Line, null, 0, null, childForProblems);

    /// <summary>
    /// Builds and keeps a record whose XML path is <paramref name="pathHead"/>[<paramref name="pathIndex"/>]<paramref name="pathTail"/>
    /// (see <see cref="RecordLocation"/>), its location object made only if a problem needs one: a census has millions
    /// of records and few problems.
    /// </summary>
    public ReturnRecord Add(TableSchema schema, string?[] raw, string source, int? line, string pathHead, int pathIndex, string pathTail, string? childForProblems) =>
        Add(schema, raw, null, source, line, pathHead, pathIndex, pathTail, childForProblems);

    /// <summary>Builds and keeps a CSV row's record (no XML path), its location object made only if a problem needs one.</summary>
    public ReturnRecord Add(TableSchema schema, string?[] raw, string source, int? line, string? childForProblems) =>
        Add(schema, raw, null, source, line, null, 0, null, childForProblems);

    private ReturnRecord Add(TableSchema schema, string?[] raw, RecordLocation? location, string source, int? line, string? pathHead, int pathIndex, string? pathTail, string? childForProblems)
    {
        var count = schema.Fields.Count;
        if (slabUsed + count > slab.Values.Length)
        {
            slab = new RecordSlab(Math.Max(SlabSize, count));
            slabUsed = 0;
        }
        var values = slab.Values;
        var dates = slab.Dates;
        var offset = slabUsed;
        slabUsed += count;
        string? child = childForProblems;
        for (var i = 0; i < count; i++)
        {
            var field = schema.Fields[i];
            if (raw[i] is null)
            {
                continue;
            }
            var v = FieldValues.Normalise(raw[i]!, field.Kind, out var flag);
            if (v is not null && (field.Kind is FieldKind.Code or FieldKind.Boolean or FieldKind.Date) && !(ValuesPooled && ReferenceEquals(v, raw[i])))
            {
                v = pool.Intern(v);
            }
            values[offset + i] = v;
            if (i == 0 && field.Kind == FieldKind.Id)
            {
                child = v;
            }
            if (flag is { } f)
            {
                location ??= Place(source, line, pathHead, pathIndex, pathTail);
                Problem(f, location, child, field.Name,
                    f switch
                    {
                        ReturnProblemKind.LowerCaseCode => "code '" + raw[i]!.Trim() + "' is in lower case; read as '" + v + "'.",
                        ReturnProblemKind.DecimalIdentifier => "identifier '" + raw[i]!.Trim() + "' ends in .0 (a spreadsheet number); read as '" + v + "'.",
                        _ => "value has white space before or after it; read as '" + v + "'.",
                    }, false);
            }
            if (field.Kind == FieldKind.Date && v is not null)
            {
                var date = FieldValues.ParseDate(v);
                dates[offset + i] = date ?? default;
                if (date is null)
                {
                    location ??= Place(source, line, pathHead, pathIndex, pathTail);
                    Problem(ReturnProblemKind.InvalidDate, location, child, field.Name, "'" + v + "' is not a date in dd/mm/yyyy or yyyy-mm-dd form; kept as text.", false);
                }
            }
        }
        var list = lastList;
        if (!ReferenceEquals(schema, lastSchema))
        {
            if (!tables.TryGetValue(schema.Name, out list))
            {
                list = new List<ReturnRecord>();
                tables[schema.Name] = list;
            }
            (lastSchema, lastList) = (schema, list);
        }
        var record = location is null
            ? new ReturnRecord(schema, slab, offset, source, line, pathHead, pathIndex, pathTail, list!.Count)
            : new ReturnRecord(schema, slab, offset, location, list!.Count);
        list.Add(record);
        Count(source, schema.Name, true);
        return record;
    }

    private static RecordLocation Place(string source, int? line, string? pathHead, int pathIndex, string? pathTail) =>
        pathHead is null ? new RecordLocation(source, line, null) : new RecordLocation(source, line, pathHead, pathIndex, pathTail!);

    public ReturnData Build()
    {
        foreach (var key in countOrder)
        {
            var c = counts[key];
            accounts.Add(new TableAccount(key.Source, key.Table, c[0], c[1]));
        }
        return ReturnData.Build(Kind, Year, tables, problems, problemCounts, accounts, LocalAuthority);
    }
}
