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
    private readonly Dictionary<SpcOptions, XmrEngine> engines = new();
    private double[] buffer = new double[32];

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
    /// polarity, no period, or fewer values than the options' minimum.
    /// </summary>
    public XmrEngine? Draw(IndicatorEvidence e, SpcOptions options, double target)
    {
        var polarity = e.Indicator.Polarity;
        if (polarity == Polarity.NoPolarity || e.Period is not { } period)
        {
            return null;
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
            return null;
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
            return null;
        }
        if (!engines.TryGetValue(options, out var engine))
        {
            engine = new XmrEngine(options);
            engines.Add(options, engine);
        }
        var direction = polarity == Polarity.HigherIsBetter ? ImprovementDirection.Increase : ImprovementDirection.Decrease;
        engine.Run(new ReadOnlySpan<double>(buffer, 0, n), direction, target, ReadOnlySpan<int>.Empty, 0);
        return engine;
    }

    private void Put(ref int n, double value)
    {
        if (n == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        buffer[n++] = value;
    }
}
