using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Serialization;
using N = OutcomesFramework.Assurance.RuleSetJsonNames;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Binds a parsed rule-set document to a <see cref="RuleSet"/>, reporting every problem with its JSON path and line:
/// unknown properties and kinds, wrong types, missing and inapplicable properties, values the rule types refuse,
/// indicators the framework lacks, basket signals naming missing rules, and bad references in an extension.
/// </summary>
internal static class RuleSetJsonReader
{
    public static RuleSet? Bind(StrictJsonNode root, ProblemCollector problems, Framework? framework, RuleSet? baseSet)
    {
        var doc = StrictJsonObject.Open(root, problems, N.RootProperties);
        if (doc is null)
        {
            return null;
        }
        var start = problems.Count;
        var format = doc.RequiredInt32("formatVersion");
        if (format is { } f && f != RuleSetJson.FormatVersion)
        {
            doc.Report("formatVersion", string.Format(CultureInfo.InvariantCulture, "Unsupported format version {0}; this library reads version {1}.", f, RuleSetJson.FormatVersion));
        }
        var id = doc.RequiredId("id");
        var version = doc.RequiredText("version");
        var name = OptionalText(doc, "name");
        var description = OptionalText(doc, "description");
        var extends = doc.Has("extends") ? OptionalText(doc, "extends") : null;
        if (!doc.Has("extends"))
        {
            foreach (var p in new[] { "add", "change", "remove" })
            {
                if (doc.Has(p))
                {
                    doc.Report(p, "'" + p + "' is used only by a rule set that extends another (give 'extends'); a base rule set lists its 'rules'.");
                }
            }
            var rules = ReadRules(doc, "rules", required: true, framework, problems);
            if (problems.Count > start || rules is null || id is null || version is null)
            {
                return null;
            }
            var structural = RuleSet.Check(rules);
            foreach (var problem in structural)
            {
                var (path, line) = Locate(root, problem.Path);
                problems.Add(path, line, problem.Message);
            }
            return structural.Length > 0 ? null : new RuleSet(id, version, rules, name, description);
        }

        if (doc.Has("rules"))
        {
            doc.Report("rules", "A rule set that extends another lists its changes in 'add', 'change' and 'remove', not 'rules'.");
        }
        var add = ReadRules(doc, "add", required: false, framework, problems);
        var change = ReadRules(doc, "change", required: false, framework, problems);
        var remove = doc.OptionalArrayOf("remove", StrictJsonValue.AsId);
        if (extends is not null && id is not null)
        {
            if (baseSet is null)
            {
                doc.Report("extends", "This rule set extends " + id + " " + extends + "; read that rule set first and give it as the base.");
            }
            else if (!string.Equals(baseSet.Id, id, StringComparison.Ordinal))
            {
                doc.Report("id", "This rule set is '" + id + "' but the base given is '" + baseSet.Id + "'; a rule set extends an earlier version of itself.");
            }
            else if (!string.Equals(baseSet.Version, extends, StringComparison.Ordinal))
            {
                doc.Report("extends", "This rule set extends version " + extends + " but the base given is version " + baseSet.Version + ".");
            }
        }
        if (version is not null && extends is not null && string.Equals(version.Trim(), extends.Trim(), StringComparison.Ordinal))
        {
            doc.Report("version", "The version must differ from the version it extends (" + extends + ").");
        }
        if (problems.Count > start || add is null || change is null || remove is null || version is null || baseSet is null)
        {
            return null;
        }
        RuleSetChanges changes;
        try
        {
            changes = new RuleSetChanges(add, change, remove);
        }
        catch (ArgumentException ex)
        {
            problems.Add(root.Path, root.Line, StrictJsonObject.DomainMessage(ex));
            return null;
        }
        try
        {
            return baseSet.Extend(version, changes, name, description);
        }
        catch (RuleSetValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                if (problem.Path.StartsWith("$.rules", StringComparison.Ordinal))
                {
                    // A problem of the extended set as a whole (a basket losing a signal's rule): say where in the result.
                    problems.Add(root.Path, root.Line, "In the extended rule set, " + problem.Path + ": " + problem.Message);
                }
                else
                {
                    var (path, line) = Locate(root, problem.Path);
                    problems.Add(path, line, problem.Message);
                }
            }
            return null;
        }
    }

    private static List<AssuranceRule>? ReadRules(StrictJsonObject doc, string property, bool required, Framework? framework, ProblemCollector problems)
    {
        var node = required ? doc.Required(property) : doc.Optional(property);
        if (node is null)
        {
            return required || doc.Has(property) ? null : new List<AssuranceRule>();
        }
        return StrictJsonValue.AsArrayOf(node, problems, (n, p) => ReadRule(n, p, framework));
    }

    private static AssuranceRule? ReadRule(StrictJsonNode node, ProblemCollector problems, Framework? framework)
    {
        if (!StrictJsonValue.Expect(node, JsonValueKind.Object, problems))
        {
            return null;
        }
        var kindProperty = node.FindProperty("kind");
        if (kindProperty is null)
        {
            problems.Add(JsonPath.Property(node.Path, "kind"), node.Line, "Required property 'kind' is missing; expected one of: " + string.Join(", ", N.Kinds.Names) + ".");
            return null;
        }
        var kind = StrictJsonValue.AsEnum(kindProperty.Value, problems, N.Kinds);
        if (kind is null)
        {
            return null;
        }
        var allowed = RuleKindTable.Of(kind.Value).AllowedProperties;
        var o = StrictJsonObject.Open(node, problems, allowed)!;
        var start = problems.Count;
        var id = o.RequiredId("id");
        var severity = o.RequiredEnum("severity", N.Severities);
        var title = OptionalText(o, "title");
        var rule = RuleKindTable.Of(kind.Value).Read(o, id, severity, title, start);
        if (rule is not null && framework is not null)
        {
            rule.Validate(framework, (relative, message) =>
            {
                var (path, line) = Locate(node, node.Path + "." + relative);
                problems.Add(path, line, message);
            });
        }
        return rule;
    }

    internal static AssuranceRule? ReadThreshold(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var indicator = o.RequiredId("indicator");
        var basis = OptionalEnum(o, "basis", N.Bases, ThresholdBasis.Value);
        var target = OptionalNumber(o, "target");
        var direction = OptionalEnum(o, "direction", N.Directions, ThresholdDirection.Polarity);
        var red = RequiredNumber(o, "red");
        var amber = OptionalNumber(o, "amber");
        var amberSeverity = o.Has("amberSeverity") ? OptionalEnum(o, "amberSeverity", N.Severities, Severity.Information) : null;
        if (o.Problems.Count > start)
        {
            return null;
        }
        return o.Construct<AssuranceRule>(() => new ThresholdRule(id!, severity!.Value, indicator!, red!.Value, amber, amberSeverity, basis!.Value, target, direction!.Value, title),
            ("indicatorId", "indicator"));
    }

    internal static AssuranceRule? ReadBenchmarkGap(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var selection = Selection(o);
        var benchmark = o.RequiredEnum("benchmark", N.Benchmarks);
        if (benchmark == BenchmarkGap.WorseThanNeighbours)
        {
            var margin = RequiredNumber(o, "margin");
            var unit = o.RequiredEnum("marginUnit", N.MarginUnits);
            if (o.Problems.Count > start)
            {
                return null;
            }
            return o.Construct<AssuranceRule>(() => BenchmarkGapRule.WorseThanNeighbours(id!, severity!.Value, selection!, margin!.Value, unit!.Value, title), ("unit", "marginUnit"));
        }
        NotApplicable(o, benchmark is null ? null : "benchmark '" + N.Benchmarks.NameOf(benchmark.Value) + "'", "margin", "marginUnit");
        if (o.Problems.Count > start)
        {
            return null;
        }
        return benchmark == BenchmarkGap.BottomQuartile
            ? BenchmarkGapRule.BottomQuartile(id!, severity!.Value, selection!, title)
            : BenchmarkGapRule.SignificantlyWorseThanEngland(id!, severity!.Value, selection!, title);
    }

    internal static DeteriorationRule? ReadDeterioration(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var selection = Selection(o);
        var test = o.RequiredEnum("test", N.Tests);
        if (test == DeteriorationTest.ConsecutivePeriods)
        {
            var periods = o.RequiredInt32("periods", 1, DeteriorationRule.MaxPeriods);
            return o.Problems.Count > start ? null : DeteriorationRule.ConsecutivePeriods(id!, severity!.Value, selection!, periods!.Value, title);
        }
        NotApplicable(o, test is null ? null : "test '" + N.Tests.NameOf(test.Value) + "'", "periods");
        return o.Problems.Count > start ? null : DeteriorationRule.SignificantTrend(id!, severity!.Value, selection!, title);
    }

    internal static SpcConcernRule? ReadSpcConcern(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var selection = Selection(o);
        var profile = OptionalEnum(o, "profile", N.Profiles, SpcProfile.NhsrPlotTheDots);
        var minimum = o.OptionalInt32("minimumPoints", 13, 2, 1000);
        var last = o.OptionalInt32("lastPoints", 1, 1, 20);
        return o.Problems.Count > start ? null : new SpcConcernRule(id!, severity!.Value, selection!, profile!.Value, minimum!.Value, last!.Value, title);
    }

    internal static AssuranceRule? ReadSpcAssurance(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var selection = Selection(o);
        var source = o.RequiredEnum("targetSource", N.TargetSources);
        double? target = null;
        if (source == SpcTargetSource.Value)
        {
            target = RequiredNumber(o, "target");
        }
        else
        {
            NotApplicable(o, source is null ? null : "target source '" + N.TargetSources.NameOf(source.Value) + "'", "target");
        }
        var profile = OptionalEnum(o, "profile", N.Profiles, SpcProfile.NhsrPlotTheDots);
        var minimum = o.OptionalInt32("minimumPoints", 13, 2, 1000);
        if (o.Problems.Count > start)
        {
            return null;
        }
        return o.Construct<AssuranceRule>(() => new SpcAssuranceRule(id!, severity!.Value, selection!, source!.Value, target, profile!.Value, minimum!.Value, title),
            ("selection", "indicators"), ("targetSource", "targetSource"));
    }

    internal static DataQualityRule? ReadDataQuality(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var check = o.RequiredEnum("check", N.DataChecks);
        if (check == DataQualityCheck.InsufficientEvidence)
        {
            NotApplicable(o, "check 'insufficientEvidence', which reads outcomes", "indicators", "roles", "maxAgeYears");
            var outcomes = o.OptionalArrayOf("outcomes", ReadOutcomeId);
            // Through Construct: a repeated outcome makes the selection throw, which must be a problem at 'outcomes', not an escaping ArgumentException.
            return o.Problems.Count > start ? null : o.Construct(() => DataQualityRule.InsufficientEvidence(id!, severity!.Value, outcomes, title), ("outcomeIds", "outcomes"));
        }
        var selection = Selection(o);
        if (check == DataQualityCheck.Stale)
        {
            var age = o.RequiredInt32("maxAgeYears", 0, DataQualityRule.MaxStaleYears);
            return o.Problems.Count > start ? null : DataQualityRule.Stale(id!, severity!.Value, selection!, age!.Value, title);
        }
        NotApplicable(o, check is null ? null : "check '" + N.DataChecks.NameOf(check.Value) + "'", "maxAgeYears");
        if (o.Problems.Count > start)
        {
            return null;
        }
        return check switch
        {
            DataQualityCheck.Suppressed => DataQualityRule.Suppressed(id!, severity!.Value, selection!, title),
            DataQualityCheck.Missing => DataQualityRule.Missing(id!, severity!.Value, selection!, title),
            _ => DataQualityRule.LowReliability(id!, severity!.Value, selection!, title),
        };
    }

    internal static AssuranceRule? ReadWorkforcePressure(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var measures = o.RequiredArrayOf("measures", (node, problems) =>
        {
            var m = StrictJsonObject.Open(node, problems, N.MeasureProperties);
            if (m is null)
            {
                return null;
            }
            var before = problems.Count;
            var indicator = m.RequiredId("indicator");
            var threshold = RequiredNumber(m, "threshold");
            return problems.Count > before ? null : new WorkforceMeasure(indicator!, threshold!.Value);
        });
        var minimum = o.OptionalInt32("minimumMeasures", 1, 1, int.MaxValue);
        if (o.Problems.Count > start)
        {
            return null;
        }
        return o.Construct<AssuranceRule>(() => new WorkforcePressureRule(id!, severity!.Value, measures!, minimum!.Value, title));
    }

    internal static AssuranceRule? ReadInspection(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var check = o.RequiredEnum("check", N.InspectionChecks);
        switch (check)
        {
            case InspectionCheck.LatestJudgement:
                {
                    NotApplicable(o, "check 'latestJudgement'", "activity", "withinMonths", "minimum", "maximum", "lessThanMonths");
                    var judgement = o.RequiredEnum("judgement", N.Judgements);
                    var grade = o.RequiredEnum("atOrWorseThan", N.Grades);
                    return o.Problems.Count > start ? null : InspectionRule.LatestJudgement(id!, severity!.Value, judgement!.Value, grade!.Value, title);
                }
            case InspectionCheck.InspectionCount:
                {
                    NotApplicable(o, "check 'inspectionCount'", "judgement", "atOrWorseThan", "lessThanMonths");
                    var activity = o.RequiredEnum("activity", N.Activities);
                    var within = o.RequiredInt32("withinMonths", 1, 600);
                    var minimum = o.Has("minimum") ? o.OptionalInt32("minimum", 0, 0, 1000) : null;
                    var maximum = o.Has("maximum") ? o.OptionalInt32("maximum", 0, 0, 1000) : null;
                    if (o.Problems.Count > start)
                    {
                        return null;
                    }
                    return o.Construct<AssuranceRule>(() => InspectionRule.InspectionCount(id!, severity!.Value, activity!.Value, within!.Value, minimum, maximum, title));
                }
            case InspectionCheck.DirectorTimeInPost:
                {
                    NotApplicable(o, "check 'directorTimeInPost'", "judgement", "atOrWorseThan", "activity", "withinMonths", "minimum", "maximum");
                    var months = o.RequiredInt32("lessThanMonths", 1, 600);
                    return o.Problems.Count > start ? null : InspectionRule.DirectorTimeInPost(id!, severity!.Value, months!.Value, title);
                }
            default:
                return null;
        }
    }

    internal static AssuranceRule? ReadBasket(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var signals = o.RequiredArrayOf("signals", (node, problems) =>
        {
            var s = StrictJsonObject.Open(node, problems, N.SignalProperties);
            if (s is null)
            {
                return null;
            }
            var before = problems.Count;
            var rule = s.RequiredId("rule");
            var minimum = s.OptionalInt32("minimumFindings", 1, 1, 1000);
            var outcome = s.Has("outcome") ? Read(s, "outcome", ReadOutcomeId) : null;
            var indicator = s.Has("indicator") ? Read(s, "indicator", StrictJsonValue.AsId) : null;
            return problems.Count > before ? null : new BasketSignal(rule!, minimum!.Value, outcome, indicator);
        });
        var minimumSignals = o.RequiredInt32("minimumSignals", 1, int.MaxValue);
        var minimumOutcomes = o.OptionalInt32("minimumOutcomes", 0, 0, EveryChildMatters.OutcomeIds.Length);
        if (o.Problems.Count > start)
        {
            return null;
        }
        return o.Construct<AssuranceRule>(() => new BasketRule(id!, severity!.Value, signals!, minimumSignals!.Value, minimumOutcomes!.Value, title));
    }

    internal static AssuranceRule? ReadLogisticScore(StrictJsonObject o, string? id, Severity? severity, string? title, long start)
    {
        var target = o.RequiredText("target");
        var raiseAt = RequiredNumber(o, "raiseAt");
        var intercept = RequiredNumber(o, "intercept");
        var terms = o.RequiredArrayOf("terms", (node, problems) =>
        {
            var t = StrictJsonObject.Open(node, problems, N.TermProperties);
            if (t is null)
            {
                return null;
            }
            var before = problems.Count;
            var feature = t.RequiredString("feature");
            var missing = t.OptionalBoolean("missing", false);
            var coefficient = RequiredNumber(t, "coefficient");
            var mean = RequiredNumber(t, "mean");
            var sd = RequiredNumber(t, "sd");
            if (problems.Count > before)
            {
                return null;
            }
            return t.Construct(() => new LogisticScoreTerm(feature!, coefficient!.Value, mean!.Value, sd!.Value, missing!.Value), ("standardDeviation", "sd"), ("missingIndicator", "missing"));
        });
        var covariance = o.RequiredArrayOf("covariance", ReadNumbers);
        double? calibrationIntercept = 0;
        double? calibrationSlope = 1;
        if (o.Has("calibration"))
        {
            var c = o.OptionalObject("calibration", N.CalibrationProperties);
            if (c is not null)
            {
                calibrationIntercept = RequiredNumber(c, "intercept");
                calibrationSlope = RequiredNumber(c, "slope");
            }
        }
        LogisticScoreFit? fit = null;
        var f = o.RequiredObject("fit", N.FitProperties);
        if (f is not null)
        {
            var before = o.Problems.Count;
            var method = f.RequiredText("method");
            var penalty = RequiredNumber(f, "penalty");
            var cases = f.RequiredInt32("cases");
            var positives = f.RequiredInt32("positives");
            var from = RequiredDate(f, "from");
            var to = RequiredDate(f, "to");
            var source = f.RequiredText("source");
            if (o.Problems.Count == before)
            {
                fit = f.Construct(() => new LogisticScoreFit(method!, penalty!.Value, cases!.Value, positives!.Value, from!.Value, to!.Value, source!));
            }
        }
        if (o.Problems.Count > start || fit is null || terms is null || covariance is null)
        {
            return null;
        }
        var k = terms.Count + 1;
        if (covariance.Count != k || covariance.Any(row => row.Length != k))
        {
            o.Report("covariance", string.Format(CultureInfo.InvariantCulture,
                "The covariance must be {0} rows of {0} numbers: one row and column for the intercept and each of the {1} terms.", k, terms.Count));
            return null;
        }
        var flat = covariance.SelectMany(row => row).ToArray();
        return o.Construct<AssuranceRule>(() => new LogisticScoreRule(id!, severity!.Value, target!, raiseAt!.Value, intercept!.Value, terms, flat, fit,
            calibrationIntercept!.Value, calibrationSlope!.Value, title), ("calibrationIntercept", "calibration"), ("calibrationSlope", "calibration"));
    }

    private static double[]? ReadNumbers(StrictJsonNode node, ProblemCollector problems)
    {
        var items = StrictJsonValue.AsArray(node, problems);
        if (items is null)
        {
            return null;
        }
        var values = new double[items.Count];
        var ok = true;
        for (var i = 0; i < values.Length; i++)
        {
            var v = StrictJsonValue.AsDouble(items[i], problems);
            ok &= v is not null;
            values[i] = v ?? 0;
        }
        return ok ? values : null;
    }

    private static NodaTime.LocalDate? RequiredDate(StrictJsonObject o, string name)
    {
        var text = o.RequiredString(name);
        if (text is null)
        {
            return null;
        }
        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            o.Report(name, "'" + text + "' is not a date in the form yyyy-MM-dd.");
            return null;
        }
        return parsed.Value;
    }

    private static IndicatorSelection? Selection(StrictJsonObject o)
    {
        var before = o.Problems.Count;
        var indicators = o.OptionalArrayOf("indicators", StrictJsonValue.AsId);
        var outcomes = o.OptionalArrayOf("outcomes", ReadOutcomeId);
        var roles = o.Optional("roles") is { } node ? ReadRoles(node, o.Problems) : (o.Has("roles") ? null : new List<IndicatorRole>());
        if (o.Problems.Count > before)
        {
            return null;
        }
        return o.Construct(() => new IndicatorSelection(indicators, outcomes, roles), ("indicatorIds", "indicators"), ("outcomeIds", "outcomes"));
    }

    private static List<IndicatorRole>? ReadRoles(StrictJsonNode node, ProblemCollector problems)
    {
        var items = StrictJsonValue.AsArray(node, problems);
        if (items is null)
        {
            return null;
        }
        var roles = new List<IndicatorRole>();
        var ok = true;
        foreach (var item in items)
        {
            var role = StrictJsonValue.AsEnum(item, problems, FrameworkJsonNames.Roles);
            ok &= role is not null;
            if (role is { } r)
            {
                roles.Add(r);
            }
        }
        return ok ? roles : null;
    }

    private static string? ReadOutcomeId(StrictJsonNode node, ProblemCollector problems)
    {
        var text = StrictJsonValue.AsString(node, problems);
        if (text is null)
        {
            return null;
        }
        if (!EveryChildMatters.IsStatutoryOutcomeId(text))
        {
            problems.Add(node, "Unknown outcome '" + text + "'; expected one of: " + string.Join(", ", EveryChildMatters.OutcomeIds) + ".");
            return null;
        }
        return text;
    }

    private static string? Read(StrictJsonObject o, string name, Func<StrictJsonNode, ProblemCollector, string?> read) =>
        o.Optional(name) is { } node ? read(node, o.Problems) : null;

    private static string? OptionalText(StrictJsonObject o, string name) =>
        o.Optional(name) is { } node ? StrictJsonValue.AsText(node, o.Problems) : null;

    private static TEnum? OptionalEnum<TEnum>(StrictJsonObject o, string name, JsonEnumNames<TEnum> names, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        var node = o.Optional(name);
        return node is null ? (o.Has(name) ? null : defaultValue) : StrictJsonValue.AsEnum(node, o.Problems, names);
    }

    private static double? RequiredNumber(StrictJsonObject o, string name) =>
        o.Required(name) is { } node ? StrictJsonValue.AsDouble(node, o.Problems) : null;

    private static double? OptionalNumber(StrictJsonObject o, string name) =>
        o.Optional(name) is { } node ? StrictJsonValue.AsDouble(node, o.Problems) : null;

    /// <summary>Reports each of <paramref name="names"/> that is present although <paramref name="context"/> does not use it.</summary>
    private static void NotApplicable(StrictJsonObject o, string? context, params string[] names)
    {
        if (context is null)
        {
            return;
        }
        foreach (var name in names)
        {
            if (o.Has(name))
            {
                o.Report(name, "Property '" + name + "' does not apply to " + context + ".");
            }
        }
    }

    /// <summary>Finds the node at a dotted path below <paramref name="from"/> (whose own path is a prefix), returning the deepest node reached.</summary>
    internal static (string Path, long Line) Locate(StrictJsonNode from, string path)
    {
        var node = from;
        var rest = path.Length > from.Path.Length && path.StartsWith(from.Path, StringComparison.Ordinal) ? path.Substring(from.Path.Length) : string.Empty;
        var i = 0;
        while (i < rest.Length)
        {
            StrictJsonNode? next = null;
            if (rest[i] == '.')
            {
                var end = i + 1;
                while (end < rest.Length && rest[end] != '.' && rest[end] != '[')
                {
                    end++;
                }
                next = node.FindProperty(rest.Substring(i + 1, end - i - 1))?.Value;
                i = end;
            }
            else if (rest[i] == '[')
            {
                var end = rest.IndexOf(']', i);
                if (end < 0)
                {
                    break;
                }
                var index = 0;
                for (var k = i + 1; k < end && index >= 0; k++)
                {
                    index = rest[k] is >= '0' and <= '9' && index < 100_000_000 ? index * 10 + (rest[k] - '0') : -1;
                }
                if (index >= 0 && index < node.Items.Count)
                {
                    next = node.Items[index];
                }
                i = end + 1;
            }
            else
            {
                break;
            }
            if (next is null)
            {
                return (path, node.Line);
            }
            node = next;
        }
        return (path, node.Line);
    }
}
