using System;
using System.Buffers;

namespace OutcomesFramework.Statistics;

/// <summary>Ranking with R's <c>ties.method = "min"</c> ("1224"), allocation-free after warm-up (pooled buffers).</summary>
internal static class Ranking
{
    /// <summary>Writes 1-based min ranks (ascending, or descending), 0 for NaN.</summary>
    public static void MinRanks(ReadOnlySpan<double> values, bool descending, Span<int> ranks)
    {
        var n = values.Length;
        var keys = ArrayPool<double>.Shared.Rent(Math.Max(n, 1));
        var order = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var count = 0;
            for (var i = 0; i < n; i++)
            {
                var v = values[i];
                if (double.IsNaN(v))
                {
                    ranks[i] = 0;
                    continue;
                }
                keys[count] = descending ? -v : v;
                order[count] = i;
                count++;
            }
            Array.Sort(keys, order, 0, count);
            var rank = 0;
            for (var j = 0; j < count; j++)
            {
                if (j == 0 || keys[j] != keys[j - 1])
                {
                    rank = j + 1;
                }
                ranks[order[j]] = rank;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
    }
}
