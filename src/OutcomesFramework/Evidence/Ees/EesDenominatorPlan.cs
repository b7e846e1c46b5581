using System;
using System.Collections.Immutable;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>How one denominator table (a <see cref="DenominatorSource"/>) is read from its file.</summary>
internal sealed class EesDenominatorPlan
{
    public EesDenominatorPlan(DenominatorSource source, int table, ImmutableArray<string> forIndicators)
    {
        Source = source;
        Table = table;
        ForIndicators = forIndicators;
        Filter = new EesFilterPlan(source.Filters);
    }

    public DenominatorSource Source { get; }

    public int Table { get; }

    public ImmutableArray<string> ForIndicators { get; }

    public EesFilterPlan Filter { get; }

    public int Column { get; private set; } = -1;

    public void Bind(Func<string, string, int> column)
    {
        Filter.Bind(name => column(name, "denominator filter"));
        Column = column(Source.Column, "denominator");
    }
}
