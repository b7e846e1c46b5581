using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>Filter values that select rows: exact ordinal match on trimmed cells.</summary>
internal sealed class EesFilterPlan
{
    private readonly string[] names;
    private readonly string[] values;
    private int[] columns = Array.Empty<int>();

    public EesFilterPlan(ImmutableSortedDictionary<string, string> filters)
    {
        names = filters.Keys.ToArray();
        values = filters.Values.ToArray();
    }

    public IEnumerable<string> ColumnNames => names;

    public void Bind(Func<string, int> column) => columns = names.Select(column).ToArray();

    public bool Matches(CsvRecordReader record)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            if (!record[columns[i]].Trim().SequenceEqual(values[i].AsSpan()))
            {
                return false;
            }
        }
        return true;
    }
}

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

/// <summary>Everything read from one file, and the positions of its columns once the header is known.</summary>
internal sealed class EesFilePlan
{
    private static readonly string[] Mandatory = { "time_period", "time_identifier", "geographic_level", "country_code", "country_name" };

    public EesFilePlan(string fileName)
    {
        FileName = fileName;
    }

    public string FileName { get; }

    /// <summary>Gets or sets the file's position in name order, which is the order files are read and reported in.</summary>
    public int Index { get; set; }

    public List<EesIndicatorPlan> Indicators { get; } = new();

    public List<EesDenominatorPlan> Denominators { get; } = new();

    public int HeaderCount { get; private set; }

    public int TimePeriod { get; private set; }

    public int TimeIdentifier { get; private set; }

    public int GeographicLevel { get; private set; }

    public int CountryCode { get; private set; }

    public int RegionCode { get; private set; } = -1;

    public int OldLaCode { get; private set; } = -1;

    public int NewLaCode { get; private set; } = -1;

    public int LaName { get; private set; } = -1;

    /// <summary>Finds every column the file's readers need in the header, or throws naming the file and column.</summary>
    public void Bind(CsvRecordReader header)
    {
        HeaderCount = header.FieldCount;
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.FieldCount; i++)
        {
            var name = header[i].Trim().ToString();
            if (name.Length == 0)
            {
                continue;
            }
            if (byName.ContainsKey(name))
            {
                throw new EesFormatException(FileName, header.LineNumber, name, "the column name appears twice in the header.");
            }
            byName.Add(name, i);
        }

        int Mandated(string name) => byName.TryGetValue(name, out var i) ? i
            : throw new EesFormatException(FileName, header.LineNumber, name, "the mandatory column is missing (the EES standard requires time_period, time_identifier, geographic_level, country_code and country_name).");
        foreach (var name in Mandatory)
        {
            Mandated(name);
        }
        TimePeriod = Mandated("time_period");
        TimeIdentifier = Mandated("time_identifier");
        GeographicLevel = Mandated("geographic_level");
        CountryCode = Mandated("country_code");
        RegionCode = Optional("region_code");
        OldLaCode = Optional("old_la_code");
        NewLaCode = Optional("new_la_code");
        LaName = Optional("la_name");

        foreach (var plan in Indicators)
        {
            plan.Bind((name, role) => byName.TryGetValue(name, out var i) ? i
                : throw new EesFormatException(FileName, header.LineNumber, name, "the column is missing; indicator '" + plan.Indicator.Id + "' needs it (" + role + ")."));
        }
        foreach (var plan in Denominators)
        {
            plan.Bind((name, role) => byName.TryGetValue(name, out var i) ? i
                : throw new EesFormatException(FileName, header.LineNumber, name, "the column is missing; the denominator of " + string.Join(", ", plan.ForIndicators) + " needs it (" + role + ")."));
        }

        int Optional(string name) => byName.TryGetValue(name, out var i) ? i : -1;
    }
}
