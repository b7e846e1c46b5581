using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>Filter values that select rows: exact ordinal match on trimmed cells.</summary>
internal sealed class EesFilterPlan
{
    private readonly string[] names;
    private readonly string[] values;
    private int[] columns = Array.Empty<int>();

    public EesFilterPlan(ImmutableSortedDictionary<string, string> filters)
    {
        names = filters.Keys.ToArray();
        values = filters.Values.ToArray();
    }

    public IEnumerable<string> ColumnNames => names;

    public void Bind(Func<string, int> column) => columns = names.Select(column).ToArray();

    public bool Matches(CsvRecordReader record)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (!record[columns[i]].Trim().SequenceEqual(values[i].AsSpan()))
            {
                return false;
            }
        }
        return true;
    }
}
