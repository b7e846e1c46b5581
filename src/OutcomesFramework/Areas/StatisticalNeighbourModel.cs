using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Areas;

/// <summary>
/// A statistical-neighbour model: for each local authority, its neighbours in rank order (the DfE/NFER
/// children's services model gives ten per authority).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StatisticalNeighbourModel
{
    // Plain arrays and a string-keyed index rather than an ImmutableSortedDictionary of ImmutableArrays and LINQ:
    // StatisticalNeighbour is a struct, so every generic over it (the sorted dictionary's nodes, OrderBy's sorter, List)
    // is JIT-compiled at start-up — ReadyToRun cannot precompile the framework's generics over this assembly's
    // structs — and the model is built on every cold `outcomes score` (docs/performance.md, "Cold start").
    private readonly string[] codes;
    private readonly ImmutableArray<StatisticalNeighbour>[] lists;
    private readonly Dictionary<string, int> index;

    /// <summary>Creates a model.</summary>
    /// <param name="name">The model's name, for example "DfE statistical neighbours 2025".</param>
    /// <param name="neighbours">For each authority's ONS code, its neighbours; ranks must be 1..n without gaps, and no authority may be its own neighbour.</param>
    /// <exception cref="ArgumentException">Ranks have gaps or repeats, a neighbour repeats, or an authority neighbours itself.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StatisticalNeighbourModel(string name, IEnumerable<KeyValuePair<string, IEnumerable<StatisticalNeighbour>>> neighbours)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        var byCode = new Dictionary<string, StatisticalNeighbour[]>(StringComparer.Ordinal);
        foreach (var pair in Preconditions.CheckNotNull(neighbours, nameof(neighbours)))
        {
            var list = InRankOrder(Preconditions.CheckNotNull(pair.Value, nameof(neighbours)));
            for (var i = 0; i < list.Length; i++)
            {
                Preconditions.CheckArgument(list[i].Rank == i + 1, nameof(neighbours),
                    string.Format(CultureInfo.InvariantCulture, "The neighbours of {0} do not have ranks 1 to {1}.", pair.Key, list.Length));
                Preconditions.CheckArgument(!string.Equals(list[i].AreaCode, pair.Key, StringComparison.Ordinal), nameof(neighbours),
                    "{0} is listed as its own neighbour.", pair.Key);
                for (var j = 0; j < i; j++)
                {
                    Preconditions.CheckArgument(!string.Equals(list[i].AreaCode, list[j].AreaCode, StringComparison.Ordinal), nameof(neighbours),
                        "{0} lists a neighbour twice.", pair.Key);
                }
            }
            Preconditions.CheckArgument(!byCode.ContainsKey(pair.Key), nameof(neighbours), "{0} appears twice.", pair.Key);
            byCode.Add(pair.Key, list);
        }
        codes = new string[byCode.Count];
        byCode.Keys.CopyTo(codes, 0);
        Array.Sort(codes, StringComparer.Ordinal);
        lists = new ImmutableArray<StatisticalNeighbour>[codes.Length];
        index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            lists[i] = ImmutableArray.Create(byCode[codes[i]]);
            index.Add(codes[i], i);
        }
    }

    /// <summary>Gets the model's name.</summary>
    public string Name { get; }

    /// <summary>Gets the ONS codes of the authorities the model covers, in ordinal order.</summary>
    public IEnumerable<string> AreaCodes => Array.AsReadOnly(codes);

    /// <summary>Gets the neighbours of an authority in rank order, or an empty array when the model does not cover it.</summary>
    /// <param name="areaCode">The authority's 9-character ONS code.</param>
    /// <returns>The neighbours.</returns>
    public ImmutableArray<StatisticalNeighbour> NeighboursOf(string areaCode) =>
        index.TryGetValue(Preconditions.CheckNotNull(areaCode, nameof(areaCode)), out var i) ? lists[i] : ImmutableArray<StatisticalNeighbour>.Empty;

    /// <summary>The neighbours sorted by rank (a stable insertion sort: ten or so per authority).</summary>
    private static StatisticalNeighbour[] InRankOrder(IEnumerable<StatisticalNeighbour> neighbours)
    {
        var list = neighbours.ToArray();
        for (var i = 1; i < list.Length; i++)
        {
            var item = list[i];
            var j = i - 1;
            while (j >= 0 && list[j].Rank > item.Rank)
            {
                list[j + 1] = list[j];
                j--;
            }
            list[j + 1] = item;
        }
        return list;
    }
}
