namespace OutcomesFramework.Statistics;

/// <summary>A directly or indirectly standardised rate or ratio, with the totals it was formed from.</summary>
public sealed class StandardisedRateResult
{
    internal StandardisedRateResult(double observed, double population, double? expected, double? referenceRate, Estimate? estimate, string statistic, IntervalMethod method)
    {
        Observed = observed;
        Population = population;
        Expected = expected;
        ReferenceRate = referenceRate;
        Estimate = estimate;
        Statistic = statistic;
        Method = method;
    }

    /// <summary>The observed events O (the total count; total events for non-independent events).</summary>
    public double Observed { get; }

    /// <summary>The total population Σn.</summary>
    public double Population { get; }

    /// <summary>The expected events E (indirect standardisation only).</summary>
    public double? Expected { get; }

    /// <summary>The reference rate Σx_ref/Σn_ref × multiplier (indirectly standardised rates only).</summary>
    public double? ReferenceRate { get; }

    /// <summary>The value and interval, or null when suppressed (DSR with fewer than 10 events) or not formable (E = 0).</summary>
    public Estimate? Estimate { get; }

    /// <summary>The statistic label, e.g. "dsr per 100000" or "dsr NA for total count &lt; 10".</summary>
    public string Statistic { get; }

    /// <summary>The interval method.</summary>
    public IntervalMethod Method { get; }
}
