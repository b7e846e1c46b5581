using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Serialization;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Overlays;

/// <summary>
/// Reads a <see cref="LocalOverlay"/> from the strict JSON overlay format, version <see cref="FormatVersion"/>
/// (docs/overlay-format.md; JSON Schema docs/schemas/overlay.schema.json).
/// </summary>
/// <remarks>
/// Reading is as strict as the framework format's: unknown properties, duplicate keys, wrong types, nulls, missing
/// required properties, unknown names, out-of-range numbers, settings that do not belong to the chosen method and
/// invalid local indicators are all errors, every one reported at once with its JSON path and line in one
/// <see cref="OverlayValidationException"/>. Problems found when the overlay is applied to a framework (an unknown
/// indicator id, say) are reported the same way, with the lines remembered from reading.
/// </remarks>
public static class LocalOverlayJson
{
    /// <summary>The format version this library reads.</summary>
    public const int FormatVersion = 1;

    internal static readonly JsonEnumNames<Comparator> Comparators = new((Comparator.England, "england"), (Comparator.Region, "region"), (Comparator.StatisticalNeighbours, "neighbours"));

    internal static readonly JsonEnumNames<NeighbourAverage> Averages = new((NeighbourAverage.Mean, "mean"), (NeighbourAverage.Median, "median"));

    internal static readonly JsonEnumNames<AggregationMethod> Aggregations = new(
        (AggregationMethod.Arithmetic, "arithmetic"), (AggregationMethod.Geometric, "geometric"), (AggregationMethod.Minimum, "minimum"),
        (AggregationMethod.Harmonic, "harmonic"), (AggregationMethod.Generalised, "generalised"));

    internal static readonly JsonEnumNames<Treatment.ImputationMethod> Imputations = new(
        (Treatment.ImputationMethod.None, "none"), (Treatment.ImputationMethod.GroupMean, "groupMean"),
        (Treatment.ImputationMethod.GroupMedian, "groupMedian"), (Treatment.ImputationMethod.LastValueCarriedForward, "lastValueCarriedForward"));

    internal static readonly JsonEnumNames<ThinCoverageHandling> CoverageRules = new(
        (ThinCoverageHandling.Flag, "flag"), (ThinCoverageHandling.Exclude, "minimum"), (ThinCoverageHandling.Shrink, "shrink"));

    internal static readonly JsonEnumNames<NormalisationMethod> Methods = new(
        (NormalisationMethod.PercentileRank, "percentileRank"), (NormalisationMethod.ZScore, "zScore"), (NormalisationMethod.MinMax, "minMax"),
        (NormalisationMethod.DistanceToTarget, "distanceToTarget"), (NormalisationMethod.Goalposts, "goalposts"));

    internal static readonly JsonEnumNames<ScoreBand> Bands = new((ScoreBand.A, "A"), (ScoreBand.B, "B"), (ScoreBand.C, "C"), (ScoreBand.D, "D"));

    internal static readonly string[] RootProperties = { "$schema", "formatVersion", "name", "framework", "scoring", "outcomes", "indicators", "localIndicators", "data" };
    internal static readonly string[] ScoringProperties = { "comparator", "neighbourAverage", "confidenceLevel", "outcomeCoverageThreshold", "overallCoverageThreshold", "outcomeAggregation", "overallAggregation", "aggregationPower", "normalisation", "limitingRule", "imputation", "winsorisation", "rankingCoverage" };
    internal static readonly string[] WinsorisationProperties = { "limit", "skewnessThreshold", "kurtosisThreshold" };
    internal static readonly string[] RankingCoverageProperties = { "rule", "threshold" };
    internal static readonly string[] NormalisationProperties = { "method", "mean", "sd", "lower", "upper", "target" };
    internal static readonly string[] LimitingRuleProperties = { "outcome", "triggerBand", "capBand" };
    internal static readonly string[] OutcomeProperties = { "weight" };
    internal static readonly string[] IndicatorProperties = { "weight", "target", "tolerance", "normalisation", "exclude" };

    /// <summary>Reads an overlay from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a leading byte order mark is allowed).</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="OverlayValidationException">The text is not a valid overlay; every problem is listed with path and line.</exception>
    public static LocalOverlay Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads an overlay from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a leading byte order mark is allowed).</param>
    /// <param name="sourceName">Where it came from (a file name) for the error report, or null.</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="OverlayValidationException">The text is not a valid overlay; every problem is listed with path and line.</exception>
    public static LocalOverlay Read(ReadOnlySpan<byte> utf8Json, string? sourceName)
    {
        var problems = new ProblemCollector();
        var root = StrictJson.Parse(utf8Json, problems);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var overlay = root is null ? null : Bind(root, problems, lines);
        if (overlay is null || problems.Count > 0)
        {
            throw new OverlayValidationException(problems, sourceName);
        }
        overlay.SourceName = sourceName;
        overlay.Lines = lines;
        return overlay;
    }

    /// <summary>Reads an overlay from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name: see <see cref="ReadFile"/>).</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="OverlayValidationException">The text is not a valid overlay.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static LocalOverlay Read(string json) => Read(json, null);

    /// <summary>Reads an overlay from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name: see <see cref="ReadFile"/>).</param>
    /// <param name="sourceName">Where it came from, or null.</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="OverlayValidationException">The text is not a valid overlay.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static LocalOverlay Read(string json, string? sourceName) =>
        Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json, nameof(json))), sourceName);

    /// <summary>Reads an overlay from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="OverlayValidationException">The text is not a valid overlay.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LocalOverlay Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads an overlay from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">Where it came from, or null.</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="OverlayValidationException">The text is not a valid overlay.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static LocalOverlay Read(Stream utf8Json, string? sourceName)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, checked((int)buffer.Length)), sourceName);
    }

    /// <summary>Reads an overlay file; the error report names the file, and the overlay's data files are relative to it.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="OverlayValidationException">The file is not a valid overlay.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LocalOverlay ReadFile(string path) => Read(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    private static LocalOverlay? Bind(StrictJsonNode root, ProblemCollector problems, Dictionary<string, long> lines)
    {
        var before = problems.Count;
        var o = StrictJsonObject.Open(root, problems, RootProperties);
        if (o is null)
        {
            return null;
        }
        Remember(root, lines);
        o.OptionalString("$schema");
        var version = o.RequiredInt32("formatVersion");
        if (version is int v && v != FormatVersion)
        {
            o.Report("formatVersion", "This library reads overlay format version " + FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", not " + v.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }
        var name = o.RequiredText("name");
        var framework = o.Optional("framework") is { } f ? StrictJsonValue.AsId(f, problems) : null;
        var settings = o.OptionalObject("scoring", ScoringProperties) is { } s ? BindSettings(s, problems) : OverlaySettings.None;

        var outcomeWeights = new List<KeyValuePair<string, double>>();
        if (o.Optional("outcomes") is { } outcomes && StrictJsonValue.Expect(outcomes, JsonValueKind.Object, problems))
        {
            foreach (var p in outcomes.Properties)
            {
                var entry = StrictJsonObject.Open(p.Value, problems, OutcomeProperties);
                CheckKey(p, problems);
                var weight = entry?.Optional("weight") is { } w ? StrictJsonValue.AsDouble(w, problems, x => x >= 0, "a weight of 0 or more") : null;
                if (entry is not null && !entry.Has("weight"))
                {
                    entry.Report("weight", "Give the outcome's \"weight\" (the only setting an outcome has).");
                }
                if (weight is { } wv)
                {
                    outcomeWeights.Add(new KeyValuePair<string, double>(p.Name, wv));
                }
            }
        }

        var indicators = new List<KeyValuePair<string, IndicatorPolicy>>();
        if (o.Optional("indicators") is { } map && StrictJsonValue.Expect(map, JsonValueKind.Object, problems))
        {
            foreach (var p in map.Properties)
            {
                CheckKey(p, problems);
                if (StrictJsonObject.Open(p.Value, problems, IndicatorProperties) is { } entry && BindIndicatorPolicy(entry, problems) is { } policy)
                {
                    indicators.Add(new KeyValuePair<string, IndicatorPolicy>(p.Name, policy));
                }
            }
        }

        var locals = new List<Indicator>();
        if (o.Optional("localIndicators") is { } array && StrictJsonValue.AsArray(array, problems) is { } items)
        {
            foreach (var item in items)
            {
                if (FrameworkJsonReader.ReadIndicator(item, problems) is { } indicator)
                {
                    locals.Add(indicator);
                }
            }
            if (locals.Count == items.Count)
            {
                var seen = new Dictionary<string, long>(StringComparer.Ordinal);
                for (var i = 0; i < items.Count; i++)
                {
                    Remember(items[i], lines);
                    if (seen.TryGetValue(locals[i].Id, out var first))
                    {
                        problems.Add(items[i], "Local indicator id '" + locals[i].Id + "' is used twice (first on line " + first.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").");
                    }
                    else
                    {
                        seen.Add(locals[i].Id, items[i].Line);
                    }
                }
            }
        }
        var data = o.OptionalArrayOf("data", StrictJsonValue.AsText);

        if (problems.Count > before || name is null)
        {
            return null;
        }
        return o.Construct(() => new LocalOverlay(name, framework, settings, indicators, outcomeWeights, locals, data));
    }

    private static void CheckKey(StrictJsonProperty p, ProblemCollector problems)
    {
        if (!Identifiers.IsValid(p.Name))
        {
            problems.Add(p.Value.Path, p.Line, "'" + p.Name + "' is not a valid id.");
        }
    }

    private static void Remember(StrictJsonNode node, Dictionary<string, long> lines)
    {
        lines[node.Path] = node.Line;
        foreach (var p in node.Properties)
        {
            lines[p.Value.Path] = p.Line;
            if (p.Value.Kind == JsonValueKind.Object)
            {
                Remember(p.Value, lines);
            }
        }
    }

    private static OverlaySettings? BindSettings(StrictJsonObject s, ProblemCollector problems)
    {
        var before = problems.Count;
        var comparator = s.Optional("comparator") is { } c ? StrictJsonValue.AsEnum(c, problems, Comparators) : null;
        var average = s.Optional("neighbourAverage") is { } a ? StrictJsonValue.AsEnum(a, problems, Averages) : null;
        var level = s.Optional("confidenceLevel") is { } l ? StrictJsonValue.AsDouble(l, problems, x => x >= 0.5 && x < 1, "a probability from 0.5 to below 1, for example 0.95") : null;
        var outcomeThreshold = s.Optional("outcomeCoverageThreshold") is { } t1 ? StrictJsonValue.AsDouble(t1, problems, x => x >= 0 && x <= 1, "a share from 0 to 1") : null;
        var overallThreshold = s.Optional("overallCoverageThreshold") is { } t2 ? StrictJsonValue.AsDouble(t2, problems, x => x >= 0 && x <= 1, "a share from 0 to 1") : null;
        var outcomeAggregation = s.Optional("outcomeAggregation") is { } g1 ? StrictJsonValue.AsEnum(g1, problems, Aggregations) : null;
        var overallAggregation = s.Optional("overallAggregation") is { } g2 ? StrictJsonValue.AsEnum(g2, problems, Aggregations) : null;
        var power = s.Optional("aggregationPower") is { } pw ? StrictJsonValue.AsDouble(pw, problems, x => x != 0 && x >= -100 && x <= 100, "a power from −100 to 100, not 0 (0 is the geometric mean)") : null;
        if (s.Has("aggregationPower") && outcomeAggregation != AggregationMethod.Generalised && overallAggregation != AggregationMethod.Generalised)
        {
            s.Report("aggregationPower", "'aggregationPower' is the power of the generalised mean; set \"outcomeAggregation\" or \"overallAggregation\" to \"generalised\".");
        }
        var treatment = BindTreatment(s, problems);
        var ranking = s.OptionalObject("rankingCoverage", RankingCoverageProperties) is { } rc ? BindRankingCoverage(rc) : null;
        var normalisation = s.OptionalObject("normalisation", NormalisationProperties) is { } n ? BindNormalisation(n, problems) : null;
        var setsRule = false;
        LimitingRule? rule = null;
        if (s.Optional("limitingRule") is { } r)
        {
            setsRule = true;
            if (r.Kind == JsonValueKind.False)
            {
                rule = null;
            }
            else if (r.Kind == JsonValueKind.Object)
            {
                var ro = StrictJsonObject.Open(r, problems, LimitingRuleProperties)!;
                var outcome = ro.RequiredId("outcome");
                var trigger = ro.Optional("triggerBand") is { } tb ? StrictJsonValue.AsEnum(tb, problems, Bands) : ScoreBand.D;
                var cap = ro.Optional("capBand") is { } cb ? StrictJsonValue.AsEnum(cb, problems, Bands) : ScoreBand.C;
                if (outcome is not null && trigger is { } tv && cap is { } cv)
                {
                    rule = ro.Construct(() => new LimitingRule(outcome, tv, cv), ("outcomeId", "outcome"));
                }
            }
            else
            {
                problems.Add(r, "'limitingRule' is an object { \"outcome\": …, \"triggerBand\": …, \"capBand\": … }, or false to switch limiting off.");
            }
        }
        if (problems.Count > before)
        {
            return null;
        }
        return new OverlaySettings(comparator, average, level is { } lv ? ConfidenceLevel.FromProbability(lv) : null, outcomeThreshold, overallThreshold,
            outcomeAggregation, overallAggregation, normalisation, setsRule, rule, power, treatment, ranking);
    }

    /// <summary>"imputation" and "winsorisation" together make the data treatment; one left out is none of it.</summary>
    private static Treatment.DataTreatment? BindTreatment(StrictJsonObject s, ProblemCollector problems)
    {
        if (!s.Has("imputation") && !s.Has("winsorisation"))
        {
            return null;
        }
        var treatment = Treatment.DataTreatment.None;
        if (s.Optional("imputation") is { } im && StrictJsonValue.AsEnum(im, problems, Imputations) is { } method)
        {
            treatment = treatment.WithImputation(method);
        }
        if (s.Optional("winsorisation") is { } w)
        {
            if (w.Kind == JsonValueKind.False)
            {
                return treatment;
            }
            if (w.Kind != JsonValueKind.Object)
            {
                problems.Add(w, "'winsorisation' is an object { \"limit\": 5, \"skewnessThreshold\": 2, \"kurtosisThreshold\": 3.5 } (COINr's defaults, each optional), or false for none.");
                return null;
            }
            var o = StrictJsonObject.Open(w, problems, WinsorisationProperties)!;
            var limit = o.OptionalInt32("limit", Treatment.DataTreatment.DefaultWinsorisationLimit, 1, 1000);
            var skew = o.OptionalDouble("skewnessThreshold", Treatment.DataTreatment.DefaultSkewnessThreshold, x => x > 0 && x <= 1000, "a skewness above 0, at most 1000");
            var kurtosis = o.OptionalDouble("kurtosisThreshold", Treatment.DataTreatment.DefaultKurtosisThreshold, x => x >= -3 && x <= 1000, "an excess kurtosis from −3 to 1000");
            if (limit is { } l && skew is { } sk && kurtosis is { } k)
            {
                treatment = treatment.WithWinsorisation(l, sk, k);
            }
        }
        return treatment;
    }

    private static RankingCoverage? BindRankingCoverage(StrictJsonObject o)
    {
        var rule = o.RequiredEnum("rule", CoverageRules);
        var threshold = o.OptionalDouble("threshold", RankingCoverage.Default.Threshold, x => x >= 0 && x <= 1, "a share from 0 to 1");
        if (rule is not { } r || threshold is not { } t)
        {
            return null;
        }
        return r switch
        {
            ThinCoverageHandling.Exclude => RankingCoverage.Minimum(t),
            ThinCoverageHandling.Shrink => RankingCoverage.Shrink(t),
            _ => RankingCoverage.Flag(t),
        };
    }

    private static IndicatorPolicy? BindIndicatorPolicy(StrictJsonObject e, ProblemCollector problems)
    {
        var before = problems.Count;
        var weight = e.Optional("weight") is { } w ? StrictJsonValue.AsDouble(w, problems, x => x >= 0, "a weight of 0 or more") : null;
        var target = e.Optional("target") is { } t ? StrictJsonValue.AsDouble(t, problems) : null;
        var tolerance = e.Optional("tolerance") is { } tol ? StrictJsonValue.AsDouble(tol, problems, x => x >= 0, "a tolerance of 0 or more") : null;
        if (e.Has("tolerance") && !e.Has("target"))
        {
            e.Report("tolerance", "A tolerance belongs to a target; give \"target\" too.");
        }
        var normalisation = e.OptionalObject("normalisation", NormalisationProperties) is { } n ? BindNormalisation(n, problems) : null;
        var exclude = e.OptionalBoolean("exclude", false);
        if (problems.Count > before)
        {
            return null;
        }
        var policy = IndicatorPolicy.None.WithWeight(weight).WithNormalisation(normalisation).WithExcluded(exclude ?? false);
        return target is { } tv ? policy.WithTarget(new LocalTarget(tv, tolerance ?? 0)) : policy;
    }

    private static Normalisation? BindNormalisation(StrictJsonObject n, ProblemCollector problems)
    {
        var before = problems.Count;
        var method = n.RequiredEnum("method", Methods);
        if (method is not { } m)
        {
            return null;
        }
        var allowed = m switch
        {
            NormalisationMethod.ZScore => new[] { "mean", "sd" },
            NormalisationMethod.DistanceToTarget => new[] { "target" },
            NormalisationMethod.Goalposts => new[] { "lower", "upper" },
            _ => Array.Empty<string>(),
        };
        foreach (var p in new[] { "mean", "sd", "lower", "upper", "target" })
        {
            if (n.Has(p) && Array.IndexOf(allowed, p) < 0)
            {
                n.Report(p, "'" + p + "' does not apply to the method '" + Methods.NameOf(m) + "'.");
            }
        }
        Normalisation? result = null;
        switch (m)
        {
            case NormalisationMethod.ZScore:
                var mean = n.OptionalDouble("mean", 50, x => x >= 0 && x <= 100, "a score from 0 to 100");
                var sd = n.OptionalDouble("sd", 10, x => x > 0 && x <= 100, "a number above 0, at most 100");
                if (mean is { } mv && sd is { } sv)
                {
                    result = Normalisation.ZScore(mv, sv);
                }
                break;
            case NormalisationMethod.DistanceToTarget:
                var target = n.Optional("target") is { } t ? StrictJsonValue.AsDouble(t, problems) : null;
                result = n.Has("target") && target is null ? null : Normalisation.DistanceToTarget(target);
                break;
            case NormalisationMethod.Goalposts:
                var lower = n.Required("lower") is { } lo ? StrictJsonValue.AsDouble(lo, problems) : null;
                var upper = n.Required("upper") is { } up ? StrictJsonValue.AsDouble(up, problems) : null;
                if (lower is { } lv && upper is { } uv)
                {
                    result = n.Construct(() => Normalisation.Goalposts(lv, uv));
                }
                break;
            case NormalisationMethod.MinMax:
                result = Normalisation.MinMax;
                break;
            default:
                result = Normalisation.PercentileRank;
                break;
        }
        return problems.Count > before ? null : result;
    }
}
