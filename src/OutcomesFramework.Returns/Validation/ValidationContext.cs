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
    private readonly Dictionary<string, Dictionary<string, List<ReturnRecord>>> byChild = new(StringComparer.Ordinal);

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
        if (!byChild.TryGetValue(table, out var map))
        {
            map = new Dictionary<string, List<ReturnRecord>>(StringComparer.Ordinal);
            foreach (var r in Data.Table(table))
            {
                if (r.ChildId is null)
                {
                    continue;
                }
                if (!map.TryGetValue(r.ChildId, out var list))
                {
                    list = new List<ReturnRecord>();
                    map[r.ChildId] = list;
                }
                list.Add(r);
            }
            byChild[table] = map;
        }
        return map;
    }

    /// <summary>The child's first record in a table, or null.</summary>
    public ReturnRecord? First(string table, string? child) =>
        child is not null && ByChild(table).TryGetValue(child, out var list) ? list[0] : null;

    /// <summary>The child's episodes ordered by start date (episodes without a valid start last, in reading order).</summary>
    public IEnumerable<List<ReturnRecord>> EpisodesSorted(string table, string dateField)
    {
        foreach (var pair in ByChild(table).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return pair.Value.OrderBy(r => r.GetDate(dateField) ?? LocalDate.MaxIsoValue).ThenBy(r => r.Row).ToList();
        }
    }
}
