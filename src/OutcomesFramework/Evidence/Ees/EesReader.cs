using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Indicators;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// Reads indicator observations from Explore Education Statistics (EES) tidy CSV files, the DfE open data standard,
/// and accounts for every row read.
/// </summary>
/// <remarks>
/// <para>For each indicator with an <see cref="Indicator.Source"/>, the reader opens <see cref="IndicatorSource.File"/>
/// (and the file of its <see cref="IndicatorSource.DenominatorSource"/>, if any), selects the rows whose
/// <see cref="IndicatorSource.Filters"/> columns hold exactly the given values (trimmed, ordinal), and makes one
/// <see cref="Observation"/> per row: the value from <see cref="IndicatorSource.ValueColumn"/>, or, when there is
/// none, numerator ÷ denominator × <see cref="IndicatorSource.Multiplier"/>. A denominator from another file is
/// taken for the same area in the indicator's period end year plus <see cref="DenominatorSource.YearOffset"/>.
/// Each file is read once, however many indicators it feeds.</para>
/// <para>Columns are found by header name. Rows of levels <c>National</c>, <c>Regional</c> and <c>Local authority</c>
/// are mapped onto the <see cref="AreaCatalogue"/>: the country by <c>country_code</c>, regions by
/// <c>region_code</c>, authorities by <c>old_la_code</c>, or <c>new_la_code</c> when that is blank, or <c>la_name</c>
/// when both are (a code that is given but unknown is a legacy authority, never matched by name). Inner and
/// Outer London rows are never used (see <see cref="EesFilterReason.LondonSubRegion"/>); legacy and combined
/// authorities are filtered out and listed.</para>
/// <para>Faults confined to a row or cell are rejections in the report, never exceptions; a file that cannot be
/// read at all throws <see cref="EesFormatException"/>. See docs/ees-data.md.</para>
/// </remarks>
/// <threadsafety>This type is immutable; one reader can serve concurrent calls.</threadsafety>
public sealed class EesReader
{
    private readonly EesAreaResolver resolver;

    /// <summary>Creates a reader that maps rows onto <paramref name="areas"/>.</summary>
    /// <param name="areas">The areas observations may be about.</param>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> is null.</exception>
    public EesReader(AreaCatalogue areas)
    {
        Areas = Preconditions.CheckNotNull(areas, nameof(areas));
        resolver = new EesAreaResolver(areas);
    }

    /// <summary>Gets the areas rows are mapped onto.</summary>
    public AreaCatalogue Areas { get; }

    /// <summary>Lists the files that reading <paramref name="indicators"/> needs: their sources' files and their denominators' files.</summary>
    /// <param name="indicators">The indicator definitions; those without a source are ignored.</param>
    /// <returns>The distinct file names, in ordinal order.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    public static ImmutableArray<string> FilesNeeded(IEnumerable<Indicator> indicators)
    {
        var list = Preconditions.CheckNotNull(indicators, nameof(indicators)).ToList();
        Preconditions.CheckNoNullElements(list, nameof(indicators));
        return list.Where(i => i.Source is not null)
            .SelectMany(i => i.Source!.DenominatorSource is null ? new[] { i.Source.File } : new[] { i.Source.File, i.Source.DenominatorSource.File })
            .Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Reads the observations of <paramref name="indicators"/> from the files <paramref name="openFile"/> gives.</summary>
    /// <param name="indicators">The indicator definitions; those without a <see cref="Indicator.Source"/> are ignored.</param>
    /// <param name="openFile">Opens a file by its EES file name (see <see cref="EesFiles"/>); called once per file
    /// needed, in ordinal order of name. The reader disposes what it returns.</param>
    /// <returns>The observations and the report.</returns>
    /// <exception cref="ArgumentException">An indicator is null or two share an id.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="EesFormatException">A file is empty, lacks a mandatory or needed column, repeats a column name, or has a malformed line.</exception>
    /// <exception cref="FileNotFoundException"><paramref name="openFile"/> returned null for a needed file (or threw it).</exception>
    public EesIngest Read(IEnumerable<Indicator> indicators, Func<string, TextReader> openFile)
    {
        Preconditions.CheckNotNull(openFile, nameof(openFile));
        var plans = Plan(indicators);
        var run = new EesIngestRun(resolver, plans);
        foreach (var plan in plans)
        {
            var reader = openFile(plan.FileName)
                ?? throw new FileNotFoundException("EES file '" + plan.FileName + "' was not supplied.", plan.FileName);
            using (reader)
            {
                run.ReadFile(plan, reader);
            }
        }
        return run.Finish();
    }

    private static List<EesFilePlan> Plan(IEnumerable<Indicator> indicators)
    {
        var list = Preconditions.CheckNotNull(indicators, nameof(indicators)).ToList();
        Preconditions.CheckNoNullElements(list, nameof(indicators));
        var duplicate = list.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(indicators), "Indicator id '{0}' is given twice.", duplicate?.Key);
        var sourced = list.Where(i => i.Source is not null).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();

        var files = new SortedDictionary<string, EesFilePlan>(StringComparer.Ordinal);
        EesFilePlan FileFor(string name)
        {
            if (!files.TryGetValue(name, out var plan))
            {
                plan = new EesFilePlan(name);
                files.Add(name, plan);
            }
            return plan;
        }

        // One denominator table per distinct DenominatorSource, shared by the indicators that name it.
        var tables = sourced.Where(i => i.Source!.DenominatorSource is not null)
            .GroupBy(i => i.Source!.DenominatorSource!)
            .OrderBy(g => g.Key.File, StringComparer.Ordinal).ThenBy(g => g.Min(i => i.Id), StringComparer.Ordinal)
            .ToList();
        var tableOf = new Dictionary<DenominatorSource, int>();
        for (var t = 0; t < tables.Count; t++)
        {
            tableOf.Add(tables[t].Key, t);
        }

        for (var i = 0; i < sourced.Count; i++)
        {
            var source = sourced[i].Source!;
            var table = source.DenominatorSource is null ? -1 : tableOf[source.DenominatorSource];
            FileFor(source.File).Indicators.Add(new EesIndicatorPlan(sourced[i], i, table));
        }
        for (var t = 0; t < tables.Count; t++)
        {
            var ids = tables[t].Select(i => i.Id).OrderBy(s => s, StringComparer.Ordinal).ToImmutableArray();
            FileFor(tables[t].Key.File).Denominators.Add(new EesDenominatorPlan(tables[t].Key, t, ids));
        }

        var result = files.Values.ToList();
        for (var f = 0; f < result.Count; f++)
        {
            result[f].Index = f;
        }
        return result;
    }
}
