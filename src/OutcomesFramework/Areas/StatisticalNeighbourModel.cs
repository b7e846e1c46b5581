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
    private readonly ImmutableSortedDictionary<string, ImmutableArray<StatisticalNeighbour>> neighbours;

    /// <summary>Creates a model.</summary>
    /// <param name="name">The model's name, for example "DfE statistical neighbours 2025".</param>
    /// <param name="neighbours">For each authority's ONS code, its neighbours; ranks must be 1..n without gaps, and no authority may be its own neighbour.</param>
    /// <exception cref="ArgumentException">Ranks have gaps or repeats, a neighbour repeats, or an authority neighbours itself.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StatisticalNeighbourModel(string name, IEnumerable<KeyValuePair<string, IEnumerable<StatisticalNeighbour>>> neighbours)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<StatisticalNeighbour>>(StringComparer.Ordinal);
        foreach (var pair in Preconditions.CheckNotNull(neighbours, nameof(neighbours)))
        {
            var list = pair.Value.OrderBy(n => n.Rank).ToImmutableArray();
            for (var i = 0; i < list.Length; i++)
            {
                Preconditions.CheckArgument(list[i].Rank == i + 1, nameof(neighbours),
                    string.Format(CultureInfo.InvariantCulture, "The neighbours of {0} do not have ranks 1 to {1}.", pair.Key, list.Length));
                Preconditions.CheckArgument(!string.Equals(list[i].AreaCode, pair.Key, StringComparison.Ordinal), nameof(neighbours),
                    "{0} is listed as its own neighbour.", pair.Key);
            }
            Preconditions.CheckArgument(list.Select(n => n.AreaCode).Distinct(StringComparer.Ordinal).Count() == list.Length, nameof(neighbours),
                "{0} lists a neighbour twice.", pair.Key);
            Preconditions.CheckArgument(!builder.ContainsKey(pair.Key), nameof(neighbours), "{0} appears twice.", pair.Key);
            builder.Add(pair.Key, list);
        }
        this.neighbours = builder.ToImmutable();
    }

    /// <summary>Gets the model's name.</summary>
    public string Name { get; }

    /// <summary>Gets the ONS codes of the authorities the model covers, in ordinal order.</summary>
    public IEnumerable<string> AreaCodes => neighbours.Keys;

    /// <summary>Gets the neighbours of an authority in rank order, or an empty array when the model does not cover it.</summary>
    /// <param name="areaCode">The authority's 9-character ONS code.</param>
    /// <returns>The neighbours.</returns>
    public ImmutableArray<StatisticalNeighbour> NeighboursOf(string areaCode) =>
        neighbours.TryGetValue(Preconditions.CheckNotNull(areaCode, nameof(areaCode)), out var list) ? list : ImmutableArray<StatisticalNeighbour>.Empty;
}
