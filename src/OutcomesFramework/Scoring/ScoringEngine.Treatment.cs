using System;
using System.Collections.Generic;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring.Treatment;

namespace OutcomesFramework.Scoring;

public sealed partial class ScoringEngine
{
    // Published whole, so a thread never sees the groups without their count.
    private Tuple<int[], int>? groupsOf;

    /// <summary>The policy's data treatment of indicator <paramref name="k"/>'s values in period <paramref name="periodIndex"/>; null when nothing is treated or the indicator is not scored.</summary>
    /// <summary>The treated column of the period at <paramref name="periodIndex"/>, or of <paramref name="values"/> in its
    /// place (the period's values with one authority's own value put in, for comparators from the latest published period).</summary>
    private TreatedColumn? Treat(int k, int periodIndex, double[]? values = null)
    {
        var treatment = Policy.Treatment;
        var d = indicators[k];
        if (treatment.IsNone || d.Indicator.Role != IndicatorRole.Outcome || d.Indicator.Polarity == Polarity.NoPolarity)
        {
            return null;
        }
        var cs = d.Section(periodIndex);
        var groups = Groups(out var count);
        double[]? carried = null;
        string?[]? from = null;
        if (treatment.Imputation == ImputationMethod.LastValueCarriedForward)
        {
            CarriedValues(d, periodIndex, out carried, out from);
        }
        return TreatedColumn.Apply(treatment, values ?? cs.Values, groups, count, carried, from);
    }

    /// <summary>Each authority's latest value in an earlier period of the indicator (NaN where none), and that period.</summary>
    internal static void CarriedValues(IndicatorData d, int periodIndex, out double[] carried, out string?[] from)
    {
        var n = d.Section(periodIndex).Values.Length;
        carried = new double[n];
        from = new string?[n];
        for (var la = 0; la < n; la++)
        {
            carried[la] = double.NaN;
            for (var j = periodIndex - 1; j >= 0; j--)
            {
                var s = d.Section(j);
                if (s.HasValue(la))
                {
                    carried[la] = s.Values[la];
                    from[la] = s.Period.ToString();
                    break;
                }
            }
        }
    }

    /// <summary>Each authority's group for group imputation: its region (E12…), in order of first appearance.</summary>
    internal int[] Groups(out int count)
    {
        var known = groupsOf;
        if (known is null)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var groups = new int[data.LocalAuthorities.Length];
            for (var la = 0; la < groups.Length; la++)
            {
                // Never null: a local authority cannot be made without its region (Area's constructor).
                var region = data.LocalAuthorities[la].RegionCode!;
                if (!index.TryGetValue(region, out var g))
                {
                    g = index.Count;
                    index[region] = g;
                }
                groups[la] = g;
            }
            known = Tuple.Create(groups, index.Count);
            groupsOf = known;
        }
        count = known.Item2;
        return known.Item1;
    }
}
