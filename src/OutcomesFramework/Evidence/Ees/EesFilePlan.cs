using System;
using System.Collections.Generic;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

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
