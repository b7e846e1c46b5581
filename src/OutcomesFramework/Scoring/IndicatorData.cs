using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>An indicator's periods and its cross-sections, built on first use and then shared (thread-safe, lock-free: a cross-section is a pure function of its inputs, so a race only builds the same one twice).</summary>
internal sealed class IndicatorData
{
    private readonly EngineData data;
    private readonly ConfidenceLevel level;
    private readonly CrossSection?[] sections;

    public IndicatorData(EngineData data, Indicator indicator, ConfidenceLevel level)
    {
        this.data = data;
        this.level = level;
        Indicator = indicator;
        Periods = data.Observations.Periods(indicator.Id).Where(p => p.Kind == indicator.PeriodKind).ToImmutableArray();
        sections = new CrossSection?[Periods.Length];
    }

    public Indicator Indicator { get; }

    /// <summary>The periods of the indicator's kind with any observation, oldest first.</summary>
    public ImmutableArray<ReportingPeriod> Periods { get; }

    public CrossSection Section(int periodIndex)
    {
        var s = Volatile.Read(ref sections[periodIndex]);
        if (s is null)
        {
            s = new CrossSection(data, Indicator, Periods[periodIndex], level);
            s = Interlocked.CompareExchange(ref sections[periodIndex], s, null) ?? s;
        }
        return s;
    }

    /// <summary>The cross-section of exactly <paramref name="period"/>, or null when the data has none.</summary>
    public CrossSection? Section(ReportingPeriod period)
    {
        var i = Periods.IndexOf(period);
        return i < 0 ? null : Section(i);
    }

    /// <summary>The latest period ending in or before <paramref name="year"/> with a value for at least one authority; -1 when none.</summary>
    public int PeriodIndexFor(int year)
    {
        for (var i = Periods.Length - 1; i >= 0; i--)
        {
            if (Periods[i].EndYear <= year && Section(i).Distribution.Count > 0)
            {
                return i;
            }
        }
        return -1;
    }
}
