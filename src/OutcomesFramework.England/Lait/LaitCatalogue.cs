using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using OutcomesFramework.England.Internal;
using OutcomesFramework.Evidence.Lait;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Lait;

/// <summary>Builds the catalogue of every LAIT measure from LAIT's data dictionary (embedded verbatim) and the default framework.</summary>
internal static class LaitCatalogue
{
    public const string DictionaryFileName = "lait_data_dictionary.csv";
    public const string Publication = "DfE Local Authority Interactive Tool (LAIT)";

    // The January school census is taken on a Thursday in mid-January that moves from year to year; LAIT labels it by
    // year only, so the catalogue dates it 15 January.
    private const int JanuaryCensusDay = 15;

    // Two measures are published as rolling three-year pools although the dictionary gives their single kind of year.
    private static readonly Dictionary<string, PeriodKind> Pools = new(StringComparer.Ordinal)
    {
        ["RTA"] = PeriodKind.ThreeCalendarYears,
        ["Hosp_Adm_Alc_<18yrs"] = PeriodKind.ThreeFinancialYears,
    };

    // The outcome each LAIT topic serves, and the aim a catalogue indicator of that topic is filed under (see
    // docs/default-framework.md; context topics sit under the outcome they describe).
    private static readonly Dictionary<string, (string Outcome, string Aim)> TopicPlaces = new(StringComparer.Ordinal)
    {
        ["Health and Wellbeing"] = ("BH", "BH1"),
        ["Child Protection"] = ("SS", "SS1"),
        ["Children in Need"] = ("SS", "SS1"),
        ["Children Looked After"] = ("SS", "SS5"),
        ["Adoption"] = ("SS", "SS5"),
        ["Children's Services Workforce"] = ("SS", "SS1"),
        ["Children's Service Finance"] = ("SS", "SS6"),
        ["Early Years"] = ("EA", "EA1"),
        ["Foundation Stage"] = ("EA", "EA1"),
        ["All Pupil Absence & Exclusions"] = ("EA", "EA2"),
        ["Key Stage 1 and Phonics"] = ("EA", "EA3"),
        ["Key Stage 2"] = ("EA", "EA3"),
        ["Children with SEN"] = ("EA", "EA3"),
        ["Key Stage 4"] = ("EA", "EA5"),
        ["Youth Offending"] = ("PC", "PC2"),
        ["Key Stage 5"] = ("EW", "EW1"),
        ["Attainment by age 19"] = ("EW", "EW2"),
        ["Further & Higher Education"] = ("EW", "EW1"),
        ["Economic Factors"] = ("EW", "EW5"),
        ["Contextual\\Other"] = ("EW", "EW3"),
    };

    /// <summary>Reads the dictionary: one row per measure key, the first row's fields and every row's topic.</summary>
    public static ImmutableArray<LaitMeasure> Load(Framework framework)
    {
        var table = EmbeddedData.ReadCsv(DictionaryFileName);
        return Build(table, framework);
    }

    public static ImmutableArray<LaitMeasure> Build(CsvRecordTable table, Framework framework)
    {
        int Col(string name) => table.Column(name);
        int key = Col("Measure_short"), code = Col("Measure_code"), topic = Col("Topic"), measure = Col("Measure"), chart = Col("Chart_title"),
            polarity = Col("Polarity"), axis = Col("y_axis_name"), status = Col("Table_status"), description = Col("Description"),
            dps = Col("dps"), yearType = Col("Year_Type"), noQuartile = Col("No_Quartile");

        var frameworkByKey = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        var equivalents = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in framework.Indicators)
        {
            if (LaitReader.KeyOf(indicator) is { } k)
            {
                frameworkByKey[k] = indicator;
            }
            else if (EquivalentKey(indicator) is { } e)
            {
                equivalents[e] = indicator;
            }
        }

        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var k = table.Rows[r][key].Trim();
            if (!rows.TryGetValue(k, out var list))
            {
                rows[k] = list = new List<int>();
                order.Add(k);
            }
            list.Add(r);
        }

        var result = ImmutableArray.CreateBuilder<LaitMeasure>(order.Count);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var k in order.OrderBy(s => s, StringComparer.Ordinal))
        {
            var first = table.Rows[rows[k][0]];
            var topics = rows[k].Select(r => table.Rows[r][topic].Trim()).Distinct(StringComparer.Ordinal).ToImmutableArray();
            if (!TopicPlaces.TryGetValue(topics[0], out var place))
            {
                throw new InvalidOperationException(table.Where(rows[k][0]) + ": LAIT topic '" + topics[0] + "' has no place in the framework; the package was built incorrectly.");
            }
            var (kind, month, day) = Kind(k, first[yearType].Trim(), table.Where(rows[k][0]));
            var polar = first[polarity].Trim() switch
            {
                "High" => Polarity.HigherIsBetter,
                "Low" => Polarity.LowerIsBetter,
                _ => Polarity.NoPolarity,
            };
            var unit = first[axis].Trim();
            var title = NotNa(first[measure]) ?? NotNa(first[chart]) ?? k;
            var sourceTable = NotNa(first[status]);
            var places = NotNa(first[dps]);
            var indicator = frameworkByKey.TryGetValue(k, out var scored)
                ? scored
                : new Indicator(Id(k), title, place.Outcome, new[] { place.Aim }, MeasureKindOf(unit), polar, unit, kind)
                    .WithRole(polar == Polarity.NoPolarity ? IndicatorRole.Context : IndicatorRole.Enabler)
                    .WithDecimalPlaces(places is null ? DefaultDecimalPlaces : int.Parse(places, NumberStyles.None, CultureInfo.InvariantCulture))
                    .WithSource(Source(k))
                    .WithQuartileBanding(!string.Equals(first[noQuartile].Trim(), "N", StringComparison.Ordinal))
                    .WithDescription(NotNa(first[description]))
                    .WithReference("LAIT " + first[code].Trim() + " " + k + (sourceTable is null ? string.Empty : "; table " + sourceTable))
                    .WithSnapshot(month, day);
            if (!ids.Add(indicator.Id))
            {
                throw new InvalidOperationException("Two LAIT measures have the catalogue id '" + indicator.Id + "'.");
            }
            result.Add(new LaitMeasure(k, first[code].Trim(), topics, first[yearType].Trim(), sourceTable, indicator,
                equivalents.TryGetValue(k, out var ees) ? ees : null));
        }
        return result.MoveToImmutable();
    }

    /// <summary>LAIT gives no decimal places for about 270 measures; its tables then show the published value, which for
    /// these measures has at most two decimals.</summary>
    public const int DefaultDecimalPlaces = 2;

    /// <summary>The catalogue id of a LAIT key: <c>lait.</c> and the key, with characters ids do not allow spelled out.</summary>
    public static string Id(string key)
    {
        var sb = new StringBuilder("lait.");
        foreach (var c in key)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(c switch
                {
                    '%' => "pct",
                    '&' => "and",
                    '<' => "lt",
                    '>' => "gt",
                    '+' => "plus",
                    ' ' => "_",
                    _ => "-",
                });
            }
        }
        return sb.ToString();
    }

    /// <summary>The source of a LAIT-backed indicator: LAIT's long file, the measure's rows.</summary>
    public static IndicatorSource Source(string key) =>
        new(Publication, LaitReader.FileName, new[] { new KeyValuePair<string, string>(LaitReader.KeyColumn, key) }, LaitReader.ValueColumn);

    /// <summary>The LAIT key an EES-sourced framework indicator measures, where its reference says so (<c>LAIT key: X</c>).</summary>
    public static string? EquivalentKey(Indicator indicator)
    {
        const string marker = "LAIT key: ";
        var reference = indicator.Reference;
        if (reference is null)
        {
            return null;
        }
        var at = reference.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var end = reference.IndexOf(';', at);
        return reference.Substring(at + marker.Length, (end < 0 ? reference.Length : end) - at - marker.Length).Trim();
    }

    private static (PeriodKind Kind, int Month, int Day) Kind(string key, string yearType, string where)
    {
        if (Pools.TryGetValue(key, out var pool))
        {
            return (pool, 9, 30);
        }
        return yearType switch
        {
            "Academic Year" => (PeriodKind.AcademicYear, 9, 30),
            "Financial Year" => (PeriodKind.FinancialYear, 9, 30),
            "Calendar Year" => (PeriodKind.CalendarYear, 9, 30),
            "Annual" => (PeriodKind.YearEnding31March, 9, 30),
            "Annual (end of Sept)" => (PeriodKind.Snapshot, 9, 30),
            "Annual - January" => (PeriodKind.Snapshot, 1, JanuaryCensusDay),
            _ => throw new InvalidOperationException(where + ": LAIT year type '" + yearType + "' is not known; the package was built incorrectly."),
        };
    }

    private static MeasureKind MeasureKindOf(string unit)
    {
        var u = unit.ToLowerInvariant();
        return (u.Length > 0 && u[0] == '%') || u.Contains("percent") ? MeasureKind.Proportion
            : u.Contains("rate") ? MeasureKind.Rate
            : u.Contains("number") || u.Contains("entries") ? MeasureKind.Count
            : u.Contains("spend") || u.Contains("cost") ? MeasureKind.Mean
            : MeasureKind.Score;
    }

    private static string? NotNa(string s)
    {
        var t = s.Trim();
        return t.Length == 0 || t == "NA" ? null : t;
    }
}
