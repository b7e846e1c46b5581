using System;
using System.Collections.Generic;
using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Draws the XmR charts the SPC rules read, reusing one engine per profile and one buffer, so that evaluating every
/// authority allocates nothing per chart. Not thread-safe: one per evaluating thread.
/// </summary>
internal sealed class SpcWorkspace
{
    private readonly XmrSummary[] summary = new XmrSummary[1];
    private double[] buffer = new double[32];
    private Variation[] variations = new Variation[32];
    private SpecialCauseType[] labels = new SpecialCauseType[32];

    /// <summary>Gets the number of points of the last chart drawn, missing ones included.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the summary of the last chart drawn.</summary>
    public XmrSummary Summary => summary[0];

    /// <summary>Gets whether the last chart has process limits (enough values for its profile).</summary>
    public bool LimitsShown => (Summary.Warnings & SpcWarningKinds.TooFewPoints) == 0;

    /// <summary>Gets the options of a profile with the rule's minimum number of points.</summary>
    public static SpcOptions Options(SpcProfile profile, int minimumPoints) =>
        (profile == SpcProfile.NhsEngland ? SpcOptions.NhsEngland2024 : SpcOptions.NhsrPlotTheDots022).WithMinimumPoints(minimumPoints);

    /// <summary>Gets the display name of a profile.</summary>
    public static string DisplayName(SpcProfile profile) => profile == SpcProfile.NhsEngland ? SpcOptions.NhsEngland2024.Name : SpcOptions.NhsrPlotTheDots022.Name;

    /// <summary>Gets the name of a profile in rule-set files: nhsr or nhse.</summary>
    public static string Name(SpcProfile profile) => profile == SpcProfile.NhsEngland ? "nhse" : "nhsr";

    /// <summary>
    /// Draws the authority's chart for an indicator: its series from the first value to the period used, one point per
    /// period (gaps are missing points), through the indicator's polarity. Returns null when the indicator has no
    /// polarity, no period, or fewer values than the options' minimum. The chart is read through <see cref="Summary"/>,
    /// <see cref="Value"/>, <see cref="VariationOf"/> and <see cref="Label"/> until the next call.
    /// </summary>
    public bool Draw(IndicatorEvidence e, SpcOptions options, double target)
    {
        var polarity = e.Indicator.Polarity;
        if (polarity == Polarity.NoPolarity || e.Period is not { } period)
        {
            return false;
        }
        var history = e.History;
        var first = -1;
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i].Value is not null)
            {
                first = i;
                break;
            }
        }
        if (first < 0)
        {
            return false;
        }
        var n = 0;
        var values = 0;
        var last = history[first].Period;
        for (var i = first; i < history.Length; i++)
        {
            var p = history[i].Period;
            if (p > period)
            {
                break;
            }
            if (i > first)
            {
                // Annual periods: a jump of k years leaves k − 1 missing points.
                for (var gap = p.EndYear - last.EndYear - 1; gap > 0; gap--)
                {
                    Put(ref n, double.NaN);
                }
            }
            if (history[i].Value is { } v)
            {
                Put(ref n, v);
                values++;
            }
            else
            {
                Put(ref n, double.NaN);
            }
            last = p;
        }
        for (var gap = period.EndYear - last.EndYear; gap > 0; gap--)
        {
            Put(ref n, double.NaN);
        }
        if (values < options.MinimumPoints)
        {
            return false;
        }
        if (variations.Length < n)
        {
            variations = new Variation[buffer.Length];
            labels = new SpecialCauseType[buffer.Length];
        }
        var direction = polarity == Polarity.HigherIsBetter ? ImprovementDirection.Increase : ImprovementDirection.Decrease;
        ReadOnlySpan<int> lengths = stackalloc int[] { n };
        ReadOnlySpan<ImprovementDirection> directions = stackalloc ImprovementDirection[] { direction };
        ReadOnlySpan<double> targets = stackalloc double[] { target };
        Xmr.ComputeMany(
            new ReadOnlySpan<double>(buffer, 0, n), lengths, directions, targets, options, summary,
            new Span<Variation>(variations, 0, n), new Span<SpecialCauseType>(labels, 0, n));
        Count = n;
        return true;
    }

    /// <summary>Gets the value of point <paramref name="i"/> of the last chart (NaN when missing).</summary>
    public double Value(int i) => buffer[i];

    /// <summary>Gets the variation of point <paramref name="i"/> of the last chart.</summary>
    public Variation VariationOf(int i) => variations[i];

    /// <summary>Gets the special-cause label of point <paramref name="i"/> of the last chart.</summary>
    public SpecialCauseType Label(int i) => labels[i];

    private void Put(ref int n, double value)
    {
        if (n == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        buffer[n++] = value;
    }
}
