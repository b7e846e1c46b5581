using System;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>How one indicator is read from its file: its filters, its columns, its denominator table and a period cache.</summary>
internal sealed class EesIndicatorPlan
{
    public EesIndicatorPlan(Indicator indicator, int index, int denominatorTable)
    {
        Indicator = indicator;
        Index = index;
        Source = indicator.Source!;
        Filter = new EesFilterPlan(Source.Filters);
        DenominatorTable = denominatorTable;
    }

    public Indicator Indicator { get; }

    public int Index { get; }

    public IndicatorSource Source { get; }

    public EesFilterPlan Filter { get; }

    public int DenominatorTable { get; }

    public int ValueColumn { get; private set; } = -1;

    public int NumeratorColumn { get; private set; } = -1;

    public int DenominatorColumn { get; private set; } = -1;

    public bool IsDerived => Source.ValueColumn is null;

    // The period of the last (time_period, time_identifier) pair seen; rows come grouped by period, so this hits.
    public int CachedPeriodVersion { get; set; } = -1;

    public bool CachedPeriodOk { get; set; }

    public ReportingPeriod CachedPeriod { get; set; }

    public string? CachedPeriodError { get; set; }

    public void Bind(Func<string, string, int> column)
    {
        Filter.Bind(name => column(name, "filter"));
        ValueColumn = Source.ValueColumn is null ? -1 : column(Source.ValueColumn, "value");
        NumeratorColumn = Source.NumeratorColumn is null ? -1 : column(Source.NumeratorColumn, "numerator");
        DenominatorColumn = Source.DenominatorColumn is null ? -1 : column(Source.DenominatorColumn, "denominator");
    }
}
