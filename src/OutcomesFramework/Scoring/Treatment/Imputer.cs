using System;

namespace OutcomesFramework.Scoring.Treatment;

/// <summary>The imputation formulas (COINr <c>i_mean_grp</c>, <c>i_median_grp</c>, <c>impute_panel(imp_type = "latest")</c>) over one indicator's values across authorities.</summary>
internal static class Imputer
{
    /// <summary>
    /// Fills each NaN in <paramref name="values"/> whose group has values with the group's mean or median of the
    /// observed values (computed before any filling, so imputed values never feed each other); sets
    /// <paramref name="donors"/>[i] to how many values it came from (0 where nothing was imputed).
    /// </summary>
    /// <param name="values">The values (NaN = missing), filled in place.</param>
    /// <param name="groups">The group of each entry, 0 … <paramref name="groupCount"/> − 1, or −1 for none (never imputed).</param>
    /// <param name="groupCount">How many groups.</param>
    /// <param name="median">The median rather than the mean.</param>
    /// <param name="donors">Set to the donor count per entry.</param>
    public static void Group(double[] values, int[] groups, int groupCount, bool median, int[] donors)
    {
        Array.Clear(donors, 0, donors.Length);
        var fill = new double[groupCount];
        var count = new int[groupCount];
        var members = new double[values.Length];
        for (var g = 0; g < groupCount; g++)
        {
            var n = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (groups[i] == g && !double.IsNaN(values[i]))
                {
                    members[n++] = values[i];
                }
            }
            count[g] = n;
            fill[g] = n == 0 ? double.NaN : median ? Median(members, n) : Mean(members, n);
        }
        for (var i = 0; i < values.Length; i++)
        {
            var g = groups[i];
            if (double.IsNaN(values[i]) && g >= 0 && count[g] > 0)
            {
                values[i] = fill[g];
                donors[i] = count[g];
            }
        }
    }

    /// <summary>Fills each NaN in <paramref name="values"/> with the entry's carried value where it has one; returns how many were filled.</summary>
    /// <param name="values">The values (NaN = missing), filled in place.</param>
    /// <param name="carried">Each entry's latest earlier value, NaN where it has none.</param>
    /// <param name="filled">Set true where a value was carried forward.</param>
    public static int CarryForward(double[] values, double[] carried, bool[] filled)
    {
        var n = 0;
        for (var i = 0; i < values.Length; i++)
        {
            filled[i] = false;
            if (double.IsNaN(values[i]) && !double.IsNaN(carried[i]))
            {
                values[i] = carried[i];
                filled[i] = true;
                n++;
            }
        }
        return n;
    }

    private static double Mean(double[] x, int n)
    {
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += x[i];
        }
        return sum / n;
    }

    private static double Median(double[] x, int n)
    {
        Array.Sort(x, 0, n);
        return n % 2 == 1 ? x[n / 2] : (x[(n / 2) - 1] + x[n / 2]) / 2;
    }
}
