using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Areas;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>
/// The result of a Monte Carlo rank-uncertainty run (see <see cref="RankUncertaintyAnalysis"/>): every authority's
/// ranks with 5–95% intervals, and which observations were held fixed because they carry no sampling distribution.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RankUncertainty
{
    private readonly Dictionary<string, int> indexByCode;

    internal RankUncertainty(int year, UncertaintyOptions options, ImmutableArray<CouncilRankUncertainty> councils, ImmutableSortedDictionary<string, int> heldFixed, ImmutableSortedDictionary<string, int> drawn)
    {
        Year = year;
        Options = options;
        Councils = councils;
        HeldFixed = heldFixed;
        Drawn = drawn;
        indexByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < councils.Length; i++)
        {
            indexByCode[councils[i].Area.Code] = i;
        }
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the options (replications and seed).</summary>
    public UncertaintyOptions Options { get; }

    /// <summary>Gets one entry per local authority, in the catalogue's order.</summary>
    public ImmutableArray<CouncilRankUncertainty> Councils { get; }

    /// <summary>Gets, by scored indicator id, how many authorities' values were held fixed (a value without the numerator and denominator a sampling distribution needs, or a measure kind without one); indicators with none are left out.</summary>
    public ImmutableSortedDictionary<string, int> HeldFixed { get; }

    /// <summary>Gets, by scored indicator id, how many authorities' values were drawn from their sampling distribution; indicators with none are left out.</summary>
    public ImmutableSortedDictionary<string, int> Drawn { get; }

    /// <summary>Finds an authority's entry.</summary>
    /// <param name="area">The authority.</param>
    /// <returns>The entry, or null.</returns>
    public CouncilRankUncertainty? Find(Area area) =>
        indexByCode.TryGetValue(Preconditions.CheckNotNull(area, nameof(area)).Code, out var i) ? Councils[i] : null;
}
