using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence.Lait;

/// <summary>
/// Reads the DfE Local Authority Interactive Tool's long data set (<c>bds_long</c>: one row per measure, period and
/// area), or any file in the same shape, for the indicators whose source names a LAIT measure.
/// </summary>
/// <remarks>
/// <para>Columns, by name (others are ignored): <see cref="KeyColumn"/> (the measure's key, LAIT's <c>Measure_short</c>),
/// <see cref="PeriodColumn"/> (a label such as <c>2025</c>, <c>2015/16</c>, <c>2014-16</c> or <c>2024-25 (OT)</c>, read by
/// <see cref="PeriodLabel"/> with the indicator's kind of period), <see cref="AreaColumn"/> (the area's name),
/// <see cref="CodeColumn"/> (the DfE three-digit LA number; LAIT's own numbers 970–999 for England, the regions and
/// Inner/Outer London) and <see cref="ValueColumn"/>.</para>
/// <para>An indicator is read from LAIT when its <see cref="IndicatorSource.Filters"/> name the measure under
/// <see cref="KeyColumn"/>; its <see cref="IndicatorSource.File"/> must be the file being read.</para>
/// <para>Values: a number (exponent form such as <c>7.0000000000000007E-2</c> reads to the nearest double, as any
/// decimal does); <c>-</c>, <c>..</c> and <c>NA</c>, which LAIT shows where it has no figure (suppressed, not available
/// or not applicable, without saying which), are missing values with status <see cref="ObservationStatus.NotAvailable"/>;
/// the EES symbols (<c>c</c>, <c>x</c>, <c>z</c>, <c>u</c>, <c>k</c>, <c>low</c>) keep their meaning. Nothing missing
/// becomes a zero.</para>
/// <para>Areas: England, the regions and the local authorities of the catalogue; Inner and Outer London are kept under the
/// catalogue's sub-region codes (LAIT compares a London borough with its sub-region); an LA number the catalogue does not
/// hold is a former authority, filtered and listed.</para>
/// <para>Every row is accounted for in the same <see cref="EesFileReport"/> the EES reader gives: read = used + filtered
/// (measure not selected, former authority) + rejected (wrong field count, bad number, unknown period label, unknown
/// area, a key given twice — each rejection names the file, line and column). A key (measure, area, period) given on
/// more than one row is rejected on every such row, so the result does not depend on row order.</para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe; each call to <see cref="Read"/> is independent.</threadsafety>
public sealed class LaitReader
{
    /// <summary>The column holding the measure's key (LAIT <c>Measure_short</c>).</summary>
    public const string KeyColumn = "Short Desc";

    /// <summary>The column holding the period label.</summary>
    public const string PeriodColumn = "Years";

    /// <summary>The column holding the area's name.</summary>
    public const string AreaColumn = "LA and Regions";

    /// <summary>The column holding the value.</summary>
    public const string ValueColumn = "Values";

    /// <summary>The column holding the DfE three-digit LA number (LAIT's own numbers for England and the regions).</summary>
    public const string CodeColumn = "LA Number";

    /// <summary>The file name of LAIT's long data set.</summary>
    public const string FileName = "bds_long.csv";

    private const int EnglandNumber = 970;
    private const int InnerLondonNumber = 987;
    private const int OuterLondonNumber = 988;

    private readonly EesAreaResolver resolver;

    /// <summary>Creates a reader mapping rows onto <paramref name="areas"/>.</summary>
    /// <param name="areas">The areas.</param>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> is null.</exception>
    public LaitReader(AreaCatalogue areas)
    {
        Areas = Preconditions.CheckNotNull(areas, nameof(areas));
        resolver = new EesAreaResolver(areas);
    }

    /// <summary>Gets the areas rows are mapped onto.</summary>
    public AreaCatalogue Areas { get; }

    /// <summary>Gets the LAIT measure key an indicator is read from, or null when its source names none.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The key (LAIT <c>Measure_short</c>), or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static string? KeyOf(Indicator indicator) =>
        Preconditions.CheckNotNull(indicator, nameof(indicator)).Source is { } source && source.Filters.TryGetValue(KeyColumn, out var key) ? key : null;

    /// <summary>Reads a LAIT long file for the indicators among <paramref name="indicators"/> that name a LAIT measure.</summary>
    /// <param name="indicators">The indicators; those whose source names no LAIT measure are ignored.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The file's name, for the report and errors; indicators naming another file are ignored.</param>
    /// <returns>The observations and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two indicators have the same id or name the same measure.</exception>
    /// <exception cref="EesFormatException">The file is empty, a header column is missing, or a quoted field is not closed.</exception>
    public EesIngest Read(IEnumerable<Indicator> indicators, TextReader text, string fileName = FileName)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckNotBlank(fileName, nameof(fileName));
        var list = Preconditions.CheckNotNull(indicators, nameof(indicators)).ToList();
        Preconditions.CheckNoNullElements(list, nameof(indicators));
        var duplicateId = list.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicateId is null, nameof(indicators), "Indicator id '{0}' is given twice.", duplicateId?.Key);
        var selected = list
            .Where(i => KeyOf(i) is not null && string.Equals(i.Source!.File, fileName, StringComparison.Ordinal))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < selected.Count; i++)
        {
            var key = KeyOf(selected[i])!;
            Preconditions.CheckArgument(!byKey.ContainsKey(key), nameof(indicators), "LAIT measure '{0}' is read by two indicators.", key);
            byKey.Add(key, i);
        }
        return new LaitIngestRun(this, selected, byKey, fileName).Run(text);
    }

    /// <summary>Resolves a row's area: the area's code, or why it has none.</summary>
    internal AreaResolution ResolveArea(string number, string name, out string? code)
    {
        code = null;
        var trimmed = number.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= EnglandNumber && n <= 999)
        {
            // LAIT's own numbers for aggregates: the area is named, and Inner/Outer London are kept apart.
            if (n == InnerLondonNumber || n == OuterLondonNumber)
            {
                code = SubRegionCode(n == InnerLondonNumber ? "Inner London" : "Outer London");
                return code is null ? AreaResolution.Unknown : AreaResolution.SubRegion;
            }
            var area = Areas.Find(name);
            var wanted = n == EnglandNumber ? AreaLevel.Country : AreaLevel.Region;
            if (area is null || area.Level != wanted)
            {
                return AreaResolution.Unknown;
            }
            code = area.Code;
            return AreaResolution.Found;
        }
        var resolution = resolver.LocalAuthority(trimmed.AsSpan(), ReadOnlySpan<char>.Empty, name.Trim().AsSpan(), out var la);
        code = la?.Code;
        return resolution;
    }

    // LAIT numbers Inner and Outer London 987 and 988; the catalogue's sub-regions carry their names and ONS's codes.
    private string? SubRegionCode(string name)
    {
        foreach (var s in Areas.SubRegions)
        {
            if (string.Equals(s.Name, name, StringComparison.Ordinal))
            {
                return s.Code;
            }
        }
        return null;
    }

    internal static ReportingPeriod? ParsePeriod(Indicator indicator, string label, out ReleaseStage stage, out string? error)
    {
        stage = ReleaseStage.Published;
        if (!PeriodLabel.TryParse(label, indicator.PeriodKind, indicator.SnapshotMonth, indicator.SnapshotDay, out var parsed, out error))
        {
            return null;
        }
        stage = parsed.Stage;
        return parsed.Period;
    }

    internal static ImmutableArray<string> Ids(IEnumerable<Indicator> indicators) => indicators.Select(i => i.Id).ToImmutableArray();
}
