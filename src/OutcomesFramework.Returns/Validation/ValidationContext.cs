using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OutcomesFramework.Returns.Calendar;

namespace OutcomesFramework.Returns.Validation;

/// <summary>What a rule's check sees: the return, its year, and lookups built once per validation run.</summary>
internal sealed class ValidationContext
{
    // Rules run in parallel over one context: each lookup is built once under the lock and published in a new map
    // (copy on write), so the maps the rules read are never changed while read and reads need no lock.
    private readonly object gate = new();
    private volatile Dictionary<string, Dictionary<string, List<ReturnRecord>>> byChild = new(StringComparer.Ordinal);
    private volatile Dictionary<(string Table, string Field), List<List<ReturnRecord>>> sorted = new();

    public ValidationContext(ReturnData data, WorkingDayCalendar calendar)
    {
        Data = data;
        Calendar = calendar;
    }

    public ReturnData Data { get; }

    public CollectionYear Year => Data.Year;

    public WorkingDayCalendar Calendar { get; }

    public ImmutableArray<ReturnRecord> Table(string name) => Data.Table(name);

    /// <summary>The table's records grouped by child (in reading order), built once.</summary>
    public Dictionary<string, List<ReturnRecord>> ByChild(string table)
    {
        if (byChild.TryGetValue(table, out var map))
        {
            return map;
        }
        lock (gate)
        {
            if (byChild.TryGetValue(table, out map))
            {
                return map;
            }
            map = new Dictionary<string, List<ReturnRecord>>(StringComparer.Ordinal);
            var records = Data.Table(table);
            for (var i = 0; i < records.Length; i++)
            {
                var r = records[i];
                if (r.ChildId is not { } child)
                {
                    continue;
                }
                if (!map.TryGetValue(child, out var list))
                {
                    // A child's records are usually read together: the list is made the size of their run (most
                    // children have one or two records, and the lists are kept for the whole validation).
                    var run = i + 1;
                    while (run < records.Length && string.Equals(records[run].ChildId, child, StringComparison.Ordinal))
                    {
                        run++;
                    }
                    list = new List<ReturnRecord>(run - i);
                    map[child] = list;
                }
                list.Add(r);
            }
            byChild = new Dictionary<string, Dictionary<string, List<ReturnRecord>>>(byChild, StringComparer.Ordinal) { [table] = map };
            return map;
        }
    }

    /// <summary>The child's first record in a table, or null.</summary>
    public ReturnRecord? First(string table, string? child) =>
        child is not null && ByChild(table).TryGetValue(child, out var list) ? list[0] : null;

    /// <summary>
    /// The children's episodes ordered by start date (episodes without a valid start last, in reading order), children
    /// in ordinal order of their identifiers; built once per table and date and shared by the rules that walk them.
    /// </summary>
    /// <remarks>The lists are shared: rules read them and never change them.</remarks>
    public IReadOnlyList<List<ReturnRecord>> EpisodesSorted(string table, string dateField)
    {
        if (sorted.TryGetValue((table, dateField), out var lists))
        {
            return lists;
        }
        var map = ByChild(table);
        lock (gate)
        {
            if (sorted.TryGetValue((table, dateField), out lists))
            {
                return lists;
            }
            var children = new string[map.Count];
            map.Keys.CopyTo(children, 0);
            Array.Sort(children, StringComparer.Ordinal);
            lists = new List<List<ReturnRecord>>(children.Length);
            var order = new EpisodeOrder(dateField);
            foreach (var child in children)
            {
                var list = map[child];
                // Most children's episodes are in order already (one episode, or read in date order): their list by
                // child is shared as it is (no rule changes a list), instead of a copy per child kept for the whole run.
                if (!InOrder(list, order))
                {
                    list = new List<ReturnRecord>(list);
                    // (start, row) is a total order (rows are distinct), so an unstable sort gives the one result.
                    list.Sort(order);
                }
                lists.Add(list);
            }
            sorted = new Dictionary<(string Table, string Field), List<List<ReturnRecord>>>(sorted) { [(table, dateField)] = lists };
            return lists;
        }
    }

    private static bool InOrder(List<ReturnRecord> list, IComparer<ReturnRecord> order)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (order.Compare(list[i - 1], list[i]) > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>By start date (a blank or invalid start last), then row.</summary>
    private sealed class EpisodeOrder : IComparer<ReturnRecord>
    {
        private readonly string field;

        public EpisodeOrder(string field)
        {
            this.field = field;
        }

        // The field's column in the last schema seen (a table's records share one): found once, not by name at every
        // comparison of a sort of hundreds of thousands of episodes. An order is used by one sort at a time.
        private TableSchema? schema;
        private int column;

        public int Compare(ReturnRecord? x, ReturnRecord? y)
        {
            var a = x!.DateAt(Column(x)) ?? LocalDate.MaxIsoValue;
            var b = y!.DateAt(Column(y)) ?? LocalDate.MaxIsoValue;
            var c = a.CompareTo(b);
            return c != 0 ? c : x.Row.CompareTo(y.Row);
        }

        private int Column(ReturnRecord r)
        {
            if (!ReferenceEquals(r.Schema, schema))
            {
                column = r.Schema.Require(field);
                schema = r.Schema;
            }
            return column;
        }
    }
}
