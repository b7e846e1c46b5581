using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.England;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outputs;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes data --la X [--indicator ID|KEY]… [--topic TOPIC]… [--period YEAR]</c>: a council's published figures
/// for any indicator of the England catalogue (the default framework's and every LAIT measure), beside England, its
/// region (and, for a London borough, Inner or Outer London), its statistical neighbours' mean and median, with its LAIT
/// rank and quartile band; <c>outcomes data --topics</c> lists LAIT's topics.
/// </summary>
internal static class DataCommand
{
    private static readonly string[] Headers =
    {
        "outcome", "indicator", "period", "value", "England", "region", "sub-region", "SN mean", "SN median", "n", "rank", "of", "band", "good", "unit", "LAIT key",
    };

    private static readonly string[] TopicHeaders = { "topic", "measures", "ranked" };

    private static readonly string[] TopicNotes =
    {
        "A council's figures for a topic: outcomes data --la COUNCIL --topic \"TOPIC\". A few measures sit under two topics.",
        "Ranked: measures with a polarity, which LAIT ranks and bands.",
        "Contains public sector information licensed under the Open Government Licence v3.0.",
    };

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        // Not Required: --topics needs no council; View says so when --la is missing.
        var la = new Option<string?>("--la") { Description = "The council: a name in any common spelling, its 3-digit DfE code or its 9-character ONS code." };
        var period = CliInputs.Period("The year the reporting periods end in (for example 2025). Default: each indicator's latest period.");
        var indicator = new Option<string[]>("--indicator")
        {
            Description = "An indicator of the England catalogue: its id (cla-rate, lait.FirstYJS) or its LAIT key (FirstYJS, any case). Repeat for more. Default: the default framework's indicators.",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var topic = new Option<string[]>("--topic")
        {
            Description = "Every LAIT measure of a LAIT topic (for example \"Youth Offending\", any case). Repeat for more; --topics lists them.",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var topics = new Option<bool>("--topics") { Description = "List LAIT's topics and how many measures each has, instead of a council's figures." };
        var outputs = new OutputOptions<OutputTable>(OutputTable.Formats);
        var command = new Command("data", "Show a council's published figures beside England, its region and its statistical neighbours, with its LAIT rank and quartile band.")
        {
            la, indicator, topic, topics, period,
        };
        outputs.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            CliInputs.NoteYearAlias(parse, parse.InvocationConfiguration.Error);
            var table = parse.GetValue(topics)
                ? Topics(EnglandData.Default)
                : View(EnglandData.Default, parse.GetValue(la), parse.GetValue(period), parse.GetValue(indicator)!, parse.GetValue(topic)!);
            outputs.Write(parse, output, table);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The data view of the default framework's indicators for one council.</summary>
    /// <param name="data">The England data.</param>
    /// <param name="laText">The council as the user typed it.</param>
    /// <param name="year">The year, or null for each indicator's latest period.</param>
    /// <returns>The view.</returns>
    internal static OutputTable View(EnglandData data, string? laText, int? year) =>
        View(data, laText, year, Array.Empty<string>(), Array.Empty<string>());

    /// <summary>The data view for one council: its figures beside England, its region and its neighbours, at full precision.</summary>
    /// <param name="data">The England data.</param>
    /// <param name="laText">The council as the user typed it.</param>
    /// <param name="year">The year, or null for each indicator's latest period.</param>
    /// <param name="indicatorTexts">The indicators asked for (ids or LAIT keys), or none.</param>
    /// <param name="topicTexts">The LAIT topics asked for, or none.</param>
    /// <returns>The view.</returns>
    internal static OutputTable View(EnglandData data, string? laText, int? year, IReadOnlyList<string> indicatorTexts, IReadOnlyList<string> topicTexts)
    {
        if (laText is null)
        {
            throw new UserErrorException("Option '--la' is required: give a council's name (for example Leeds), its 3-digit DfE code or its 9-character ONS code (or --topics to list LAIT's topics).");
        }
        var la = data.Areas.Get(CliInputs.AreaName(laText));
        if (la.Level != AreaLevel.LocalAuthority)
        {
            throw new UserErrorException("'" + laText + "' is " + la.Name + ", not a local authority. Give a council's name or code.");
        }
        var byDefault = indicatorTexts.Count == 0 && topicTexts.Count == 0;
        var selection = byDefault
            ? data.Framework.Outcomes.SelectMany(o => data.Framework.IndicatorsOf(o.Id)).ToList()
            : Select(data, indicatorTexts, topicTexts);
        var keys = LaitKeys(data);
        var region = data.Areas.RegionOf(la)!;
        // For a London borough, Inner or Outer London: the DfE children's-services region LAIT compares it with.
        var subRegion = data.Areas.SubRegionOf(la);
        var neighbours = data.StatisticalNeighbours.NeighboursOf(la.Code);
        var observations = data.Observations;
        var councils = data.Areas.LocalAuthorities;
        var self = councils.IndexOf(la);

        var rows = new List<OutputCell[]>();
        var unscored = new List<string>();
        var missing = new List<string>();
        var values = new double[councils.Length];
        var ranks = new int[councils.Length];
        var bands = new QuartileBand[councils.Length];
        foreach (var indicator in selection)
        {
            ReportingPeriod? period = year is null ? observations.LatestPeriod(indicator.Id) : indicator.PeriodEnding(year.Value);
            if (period is null)
            {
                missing.Add(indicator.Id);
                continue;
            }
            var p = period.Value;
            var local = observations.Find(indicator.Id, la.Code, p);
            var england = observations.Find(indicator.Id, data.Areas.Country.Code, p);
            if (year is not null && local is null && england is null)
            {
                missing.Add(indicator.Id);
                continue;
            }
            if (data.Framework.FindIndicator(indicator.Id) is not null && !AnyCouncilHasValue(data, indicator))
            {
                unscored.Add(indicator.Id);
            }

            // LAIT's rank and band: every council's published figure for the period, through the library's LAIT banding.
            for (var i = 0; i < councils.Length; i++)
            {
                values[i] = observations.Find(indicator.Id, councils[i].Code, p) is { HasValue: true } o ? o.Value!.Value : double.NaN;
            }
            LaitBanding.RankAndBand(values, indicator.Polarity, indicator.QuartileBanding, ranks, bands);
            var ranked = values.Count(v => !double.IsNaN(v));

            var neighbourValues = neighbours
                .Select(n => observations.Find(indicator.Id, n.AreaCode, p))
                .Where(o => o is { HasValue: true }).Select(o => o!.Value.Value!.Value).ToArray();
            Array.Sort(neighbourValues);
            rows.Add(new[]
            {
                OutputCell.OfText(indicator.OutcomeId),
                OutputCell.OfText(indicator.Id),
                OutputCell.OfText(p.Label),
                Cell(indicator, local),
                Cell(indicator, england),
                Cell(indicator, observations.Find(indicator.Id, region.Code, p)),
                subRegion is null ? OutputCell.OfText(null) : Cell(indicator, observations.Find(indicator.Id, subRegion.Code, p)),
                OutputCell.OfNumber(neighbourValues.Length == 0 ? null : neighbourValues.Average(), indicator.DecimalPlaces),
                OutputCell.OfNumber(neighbourValues.Length == 0 ? null : Percentiles.Type7(neighbourValues, 0.5), indicator.DecimalPlaces),
                OutputCell.OfWhole(neighbourValues.Length),
                ranks[self] == 0 ? OutputCell.OfText(null) : OutputCell.OfWhole(ranks[self]),
                ranks[self] == 0 ? OutputCell.OfText(null) : OutputCell.OfWhole(ranked),
                OutputCell.OfText(bands[self] == QuartileBand.None ? null : bands[self].ToString()),
                OutputCell.OfText(PolarityCode(indicator.Polarity)),
                OutputCell.OfText(indicator.Unit),
                OutputCell.OfText(keys.TryGetValue(indicator.Id, out var key) ? key : null),
            });
        }
        if (rows.Count == 0)
        {
            throw new UserErrorException(year is null
                ? "There are no figures for " + la.Name + (byDefault ? "." : " for " + string.Join(", ", missing) + ".")
                : "There are no figures for " + year.Value.ToString(CultureInfo.InvariantCulture) + ". Try a year between the earliest and latest published, or leave out --period.");
        }

        var notes = new List<string>();
        if (!byDefault && missing.Count > 0)
        {
            // Asked for by name: say which have no figure rather than dropping them silently.
            notes.Add("No figures" + (year is null ? string.Empty : " for " + year.Value.ToString(CultureInfo.InvariantCulture)) + ": " + string.Join(", ", missing) + ".");
        }
        if (unscored.Count > 0)
        {
            // The same answer as score and explain: with no council value in any period there is nothing to rank or score.
            notes.Add("Not scored (no council has a value in any period, so score and explain show no figure): " + string.Join(", ", unscored) + ".");
        }
        notes.Add("Symbols: c suppressed, x not available, z not applicable, u low reliability, low rounds to zero, - no figure.");
        notes.Add("SN mean, SN median: of the statistical neighbours with a figure; n: how many had one.");
        notes.Add("Rank (LAIT's): among the councils with a figure (of), on the published figures, 1 best, tied councils sharing the best rank; none without polarity. "
            + "Band (LAIT's): A best quarter to D worst, R type-7 quartiles; none without polarity or where LAIT bands none.");
        notes.Add("Figures are shown to each indicator's decimal places (JSON and CSV keep full precision).");
        if (subRegion is not null)
        {
            notes.Add("Sub-region: " + subRegion.Name + ", the DfE children's-services region LAIT compares " + la.Name + " with.");
        }
        notes.Add("Contains public sector information licensed under the Open Government Licence v3.0.");
        var title = la.Name + " (" + la.OldCode + ", " + la.Code + "), region " + region.Name
            + (subRegion is null ? string.Empty : ", sub-region " + subRegion.Name)
            + "; statistical neighbours: " + string.Join(", ", neighbours.Select(n => data.Areas.Find(n.AreaCode)?.Name ?? n.AreaCode));
        return new OutputTable(title, Headers, rows, notes);
    }

    /// <summary>LAIT's topics with how many measures each has and how many of them LAIT ranks.</summary>
    /// <param name="data">The England data.</param>
    /// <returns>The table.</returns>
    internal static OutputTable Topics(EnglandData data)
    {
        var rows = AllTopics(data).Select(t =>
        {
            var measures = data.LaitMeasures.Where(m => m.Topics.Contains(t, StringComparer.Ordinal)).ToList();
            return new[]
            {
                OutputCell.OfText(t),
                OutputCell.OfWhole(measures.Count),
                OutputCell.OfWhole(measures.Count(m => (m.PublishedAs ?? m.Indicator).Polarity != Polarity.NoPolarity)),
            };
        });
        return new OutputTable(
            "LAIT topics (DfE Local Authority Interactive Tool)",
            TopicHeaders,
            rows,
            TopicNotes);
    }

    private static List<string> AllTopics(EnglandData data) =>
        data.LaitMeasures.SelectMany(m => m.Topics).Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();

    /// <summary>The indicators named by id or LAIT key, then every measure of each topic, each once, in that order.</summary>
    private static List<Indicator> Select(EnglandData data, IReadOnlyList<string> indicatorTexts, IReadOnlyList<string> topicTexts)
    {
        var result = new List<Indicator>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(Indicator indicator)
        {
            if (seen.Add(indicator.Id))
            {
                result.Add(indicator);
            }
        }
        foreach (var text in indicatorTexts)
        {
            Add(Resolve(data, text));
        }
        var topics = AllTopics(data);
        foreach (var text in topicTexts)
        {
            var topic = topics.FirstOrDefault(t => string.Equals(t, text?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new UserErrorException("Unknown --topic '" + text + "'. LAIT's topics are: " + string.Join("; ", topics) + ".");
            foreach (var measure in data.LaitMeasures.Where(m => m.Topics.Contains(topic, StringComparer.Ordinal)))
            {
                // A measure an EES file also publishes carries its figures under the EES indicator.
                Add(measure.PublishedAs ?? measure.Indicator);
            }
        }
        return result;
    }

    /// <summary>An indicator by id (the framework's first, exactly, then in any case) or by LAIT key (any case).</summary>
    private static Indicator Resolve(EnglandData data, string? text)
    {
        var wanted = text?.Trim() ?? string.Empty;
        if (wanted.Length == 0)
        {
            throw new UserErrorException("--indicator is empty: give an indicator's id (for example cla-rate) or a LAIT key (for example FirstYJS).");
        }
        if (data.Framework.FindIndicator(wanted) is { } exact)
        {
            return exact;
        }
        if (data.Framework.Indicators.FirstOrDefault(i => string.Equals(i.Id, wanted, StringComparison.OrdinalIgnoreCase)) is { } caseless)
        {
            return caseless;
        }
        if (data.FindLaitMeasure(wanted) is { } measure)
        {
            return measure.PublishedAs ?? measure.Indicator;
        }
        var names = data.Framework.Indicators.Select(i => i.Id)
            .Concat(data.LaitMeasures.SelectMany(m => new[] { m.Key, m.Indicator.Id }))
            .Distinct(StringComparer.Ordinal);
        var lower = wanted.ToLowerInvariant();
        var closest = names.OrderBy(n => AreaNames.Distance(lower, n.ToLowerInvariant())).ThenBy(n => n, StringComparer.Ordinal).Take(5);
        throw new UserErrorException("Unknown --indicator '" + wanted + "': not an indicator id or a LAIT key. Did you mean: " + string.Join(", ", closest)
            + "? (outcomes data --topics lists LAIT's topics; --topic shows a topic's measures.)");
    }

    /// <summary>The LAIT key of every indicator carrying a LAIT measure's figures (read from LAIT, or published by EES).</summary>
    private static Dictionary<string, string> LaitKeys(EnglandData data)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in data.LaitMeasures)
        {
            keys[(m.PublishedAs ?? m.Indicator).Id] = m.Key;
        }
        return keys;
    }

    private static bool AnyCouncilHasValue(EnglandData data, Indicator indicator) =>
        data.Areas.LocalAuthorities.Any(a => data.Observations.Series(indicator.Id, a.Code).Any(o => o.HasValue));

    private static string PolarityCode(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "high",
        Polarity.LowerIsBetter => "low",
        _ => "-",
    };

    private static OutputCell Cell(Indicator indicator, Observation? observation)
    {
        if (observation is null)
        {
            return OutputCell.OfText(null);
        }
        var o = observation.Value;
        return o.HasValue ? OutputCell.OfNumber(o.Value!.Value, indicator.DecimalPlaces) : OutputCell.OfText(o.Status.ToSymbol());
    }
}
