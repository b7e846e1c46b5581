using System;
using System.Globalization;

namespace OutcomesFramework.Scoring.Treatment;

/// <summary>
/// One indicator's values for one period across authorities after imputation and winsorisation: the values scores
/// are computed from, their sorted distribution, and per authority what was done and why (for the notes).
/// </summary>
internal sealed class TreatedColumn
{
    private readonly int[] donors;
    private readonly bool[] carried;
    private readonly sbyte[] moved;
    private readonly double[] observed;
    private readonly double[] imputed;
    private readonly string?[]? carriedFrom;

    private TreatedColumn(double[] observed, double[] imputed, double[] values, int[] donors, bool[] carried, sbyte[] moved, string?[]? carriedFrom, ImputationMethod method)
    {
        this.observed = observed;
        this.imputed = imputed;
        Values = values;
        this.donors = donors;
        this.carried = carried;
        this.moved = moved;
        this.carriedFrom = carriedFrom;
        Method = method;
        var sorted = new double[values.Length];
        var n = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sorted[n++] = v;
            }
        }
        Array.Resize(ref sorted, n);
        Array.Sort(sorted);
        Distribution = new Distribution(sorted);
    }

    public ImputationMethod Method { get; }

    /// <summary>The values scores come from; NaN where there is still none.</summary>
    public double[] Values { get; }

    public Distribution Distribution { get; }

    /// <summary>Applies <paramref name="treatment"/> to a copy of <paramref name="observed"/>.</summary>
    /// <param name="treatment">The treatment.</param>
    /// <param name="observed">The observed values (NaN = missing); not changed.</param>
    /// <param name="groups">Each authority's group for group imputation (−1 for none).</param>
    /// <param name="groupCount">How many groups.</param>
    /// <param name="carriedValues">Each authority's latest earlier value for carrying forward (NaN for none); null unless that method is used.</param>
    /// <param name="carriedFrom">Each authority's period its carried value comes from, for the note.</param>
    public static TreatedColumn Apply(DataTreatment treatment, double[] observed, int[] groups, int groupCount, double[]? carriedValues, string?[]? carriedFrom)
    {
        var n = observed.Length;
        var values = (double[])observed.Clone();
        var donors = new int[n];
        var carried = new bool[n];
        var moved = new sbyte[n];
        Impute(treatment, values, groups, groupCount, carriedValues, donors, carried);
        // The imputed values as imputed, before winsorisation moves any of them, for the notes.
        var imputed = treatment.Winsorises ? (double[])values.Clone() : values;
        Winsorise(treatment, values, moved);
        return new TreatedColumn(observed, imputed, values, donors, carried, moved, carriedFrom, treatment.Imputation);
    }

    /// <summary>The treatment in place, with no notes: what the Monte Carlo and sensitivity models run on every replicate.</summary>
    public static void Fill(DataTreatment treatment, double[] values, int[] groups, int groupCount, double[]? carriedValues, int[] donors, bool[] carried, sbyte[] moved)
    {
        Impute(treatment, values, groups, groupCount, carriedValues, donors, carried);
        Winsorise(treatment, values, moved);
    }

    private static void Impute(DataTreatment treatment, double[] values, int[] groups, int groupCount, double[]? carriedValues, int[] donors, bool[] carried)
    {
        switch (treatment.Imputation)
        {
            case ImputationMethod.GroupMean:
            case ImputationMethod.GroupMedian:
                Imputer.Group(values, groups, groupCount, treatment.Imputation == ImputationMethod.GroupMedian, donors);
                break;
            case ImputationMethod.LastValueCarriedForward when carriedValues is not null:
                Imputer.CarryForward(values, carriedValues, carried);
                break;
        }
    }

    private static void Winsorise(DataTreatment treatment, double[] values, sbyte[] moved)
    {
        if (treatment.Winsorises)
        {
            Array.Clear(moved, 0, moved.Length);
            Winsoriser.Winsorise(values, treatment.WinsorisationLimit, treatment.SkewnessThreshold, treatment.KurtosisThreshold, moved);
        }
    }

    /// <summary>Whether authority <paramref name="la"/>'s value was imputed.</summary>
    public bool IsImputed(int la) => donors[la] > 0 || carried[la];

    /// <summary>The note on what was done to authority <paramref name="la"/>'s value, or null.</summary>
    public string? NoteOf(int la)
    {
        string? note = null;
        if (donors[la] > 0)
        {
            note = string.Format(CultureInfo.InvariantCulture, "imputed: scored on the {0} of {1} authorit{2} in the same region ({3}), not an observed value",
                Method == ImputationMethod.GroupMedian ? "median" : "mean", donors[la], donors[la] == 1 ? "y" : "ies", Numbers.Exact(imputed[la]));
        }
        else if (carried[la])
        {
            note = "imputed: scored on its last value carried forward (" + Numbers.Exact(imputed[la]) + (carriedFrom?[la] is { } from ? " from the " + from : "") + "), not an observed value for this period";
        }
        if (moved[la] != 0)
        {
            var text = string.Format(CultureInfo.InvariantCulture, "winsorised: scored as {0} rather than {1} ({2} outlier; skewness and kurtosis thresholds)",
                Numbers.Exact(Values[la]), double.IsNaN(observed[la]) ? "the imputed " + Numbers.Exact(imputed[la]) : Numbers.Exact(observed[la]), moved[la] < 0 ? "high" : "low");
            note = note is null ? text : note + "; " + text;
        }
        return note;
    }
}
