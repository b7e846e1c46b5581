using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using N = OutcomesFramework.Serialization.FrameworkJsonNames;

namespace OutcomesFramework.Serialization;

/// <summary>
/// Binds a parsed framework document (format v1) to a <see cref="Framework"/>, collecting every problem: shape,
/// type and range problems while reading, the domain's rules between values (checked here as well, because a
/// constructor stops at its first), then references between outcomes, aims and indicators; only then the
/// domain constructors, whose argument errors are mapped back to JSON paths.
/// </summary>
internal static class FrameworkJsonReader
{
    public static Framework? Bind(StrictJsonNode root, ProblemCollector problems)
    {
        var before = problems.Count;
        var doc = StrictJsonObject.Open(root, problems, N.FrameworkProperties);
        if (doc is null)
        {
            return null;
        }
        doc.OptionalString("$schema"); // editor support only: read for its type, then ignored
        var formatVersion = doc.RequiredInt32("formatVersion");
        if (formatVersion is int v && v != FrameworkJson.FormatVersion)
        {
            doc.Report("formatVersion", string.Format(CultureInfo.InvariantCulture,
                "Unsupported formatVersion {0}; this library reads framework format version {1}.", v, FrameworkJson.FormatVersion));
        }
        var id = doc.RequiredId("id");
        var name = doc.RequiredText("name");
        var version = doc.RequiredText("version");
        var description = doc.OptionalString("description");

        var outcomeNodes = doc.RequiredArray("outcomes");
        var outcomes = outcomeNodes?.Select(n => BindOutcome(n, problems)).ToList();
        if (outcomes is not null && outcomes.All(o => o.Id is not null))
        {
            var ids = outcomes.Select(o => o.Id!).ToList();
            if (!ids.SequenceEqual(EveryChildMatters.OutcomeIds, StringComparer.Ordinal))
            {
                doc.Report("outcomes", "A framework has the five outcomes of Children Act 2004 s.10(2) in order (BH, SS, EA, PC, EW); found ["
                    + string.Join(", ", ids) + "].");
            }
        }

        var indicatorNodes = doc.RequiredArray("indicators");
        var indicators = indicatorNodes?.Select(n => BindIndicator(n, problems)).ToList();
        if (indicators is not null)
        {
            CheckReferences(outcomes, indicators, problems);
        }

        if (problems.Count != before)
        {
            return null;
        }
        try
        {
            return doc.Construct(
                () => new Framework(id!, name!, version!, outcomes!.Select(o => o.Outcome!), indicators!.Select(i => i.Indicator!), description));
        }
        catch (FrameworkValidationException ex)
        {
            // The checks above cover the framework's invariants; this keeps any future invariant path-and-line exact.
            foreach (var p in ex.Problems)
            {
                var path = JsonPath.Root + "." + p.Path;
                problems.Add(path, FindLine(root, path) ?? root.Line, p.Message);
            }
            return null;
        }
    }

    private static BoundOutcome BindOutcome(StrictJsonNode node, ProblemCollector problems)
    {
        var before = problems.Count;
        var bound = new BoundOutcome();
        var o = StrictJsonObject.Open(node, problems, N.OutcomeProperties);
        if (o is null)
        {
            return bound;
        }
        bound.Id = Read(o.Required("id"), problems, StrictJsonValue.AsId);
        if (bound.Id is not null && !EveryChildMatters.IsStatutoryOutcomeId(bound.Id))
        {
            o.Report("id", "'" + bound.Id + "' is not one of the five outcomes of Children Act 2004 s.10(2) (BH, SS, EA, PC, EW).");
        }
        var name = o.RequiredText("name");
        var purpose = o.RequiredText("statutoryPurpose");
        var aimNodes = o.RequiredArray("aims");
        bound.AimsComplete = aimNodes is not null;
        if (aimNodes is { Count: 0 })
        {
            o.Report("aims", "An outcome needs at least one aim.");
        }
        var aims = new List<Aim?>();
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var aimNode in aimNodes ?? Array.Empty<StrictJsonNode>())
        {
            var (aim, aimId, idNode) = BindAim(aimNode, bound.Id, problems);
            aims.Add(aim);
            if (aimId is null)
            {
                bound.AimsComplete = false;
                continue;
            }
            if (firstLines.TryGetValue(aimId, out var firstLine))
            {
                problems.Add(idNode!, string.Format(CultureInfo.InvariantCulture, "Aim id '{0}' appears twice in this outcome (first on line {1}).", aimId, firstLine));
            }
            else
            {
                firstLines.Add(aimId, idNode!.Line);
                bound.AimIds.Add(aimId);
            }
        }
        if (problems.Count == before)
        {
            bound.Outcome = o.Construct(() => new Outcome(bound.Id!, name!, purpose!, aims.Select(a => a!)));
        }
        return bound;
    }

    private static (Aim? Aim, string? Id, StrictJsonNode? IdNode) BindAim(StrictJsonNode node, string? outcomeId, ProblemCollector problems)
    {
        var before = problems.Count;
        var a = StrictJsonObject.Open(node, problems, N.AimProperties);
        if (a is null)
        {
            return (null, null, null);
        }
        var idNode = a.Required("id");
        var id = Read(idNode, problems, StrictJsonValue.AsId);
        var text = a.RequiredText("text");
        var parentsCarersFamilies = a.OptionalBoolean("parentsCarersFamilies", false);
        var aliases = a.OptionalArrayOf("aliases", StrictJsonValue.AsText);
        var aim = problems.Count == before && outcomeId is not null
            ? a.Construct(() => new Aim(id!, outcomeId, text!, parentsCarersFamilies!.Value, aliases), ("isParentsCarersFamilies", "parentsCarersFamilies"), ("outcomeId", "id"))
            : null;
        return (aim, id, idNode);
    }

    /// <summary>Reads one indicator in the framework format (used by local overlays); null when it has problems (reported).
    /// Its outcome and aims are checked by the framework it joins, not here.</summary>
    public static Indicator? ReadIndicator(StrictJsonNode node, ProblemCollector problems) => BindIndicator(node, problems).Indicator;

    private static BoundIndicator BindIndicator(StrictJsonNode node, ProblemCollector problems)
    {
        var before = problems.Count;
        var bound = new BoundIndicator();
        var o = StrictJsonObject.Open(node, problems, N.IndicatorProperties);
        if (o is null)
        {
            return bound;
        }
        bound.IdNode = o.Required("id");
        bound.Id = Read(bound.IdNode, problems, StrictJsonValue.AsId);
        var title = o.RequiredText("title");
        bound.OutcomeNode = o.Required("outcome");
        bound.OutcomeId = Read(bound.OutcomeNode, problems, StrictJsonValue.AsId);
        var aimNodes = o.RequiredArray("aims");
        if (aimNodes is { Count: 0 })
        {
            o.Report("aims", "An indicator evidences at least one aim.");
        }
        foreach (var aimNode in aimNodes ?? Array.Empty<StrictJsonNode>())
        {
            var aimId = StrictJsonValue.AsId(aimNode, problems);
            if (aimId is null)
            {
                continue;
            }
            var first = bound.Aims.FirstOrDefault(x => string.Equals(x.Id, aimId, StringComparison.Ordinal));
            if (first.Node is not null)
            {
                problems.Add(aimNode, string.Format(CultureInfo.InvariantCulture, "Aim '{0}' is listed twice (first on line {1}).", aimId, first.Node.Line));
                continue;
            }
            bound.Aims.Add((aimId, aimNode));
        }
        var role = o.RequiredEnum("role", N.Roles);
        var measure = o.RequiredEnum("measure", N.Measures);
        var polarity = o.RequiredEnum("polarity", N.Polarities);
        var unit = o.RequiredString("unit");
        var decimalPlaces = o.RequiredInt32("decimalPlaces", 0, 6);
        var period = o.RequiredEnum("period", N.Periods);
        var snapshot = o.OptionalObject("snapshot", N.SnapshotProperties);
        var month = snapshot?.RequiredInt32("month", 1, 12);
        var day = snapshot?.RequiredInt32("day", 1, 31);
        if (month is int m && day is int d && d > DaysIn(m))
        {
            // The snapshot is on the same date every year, so 29 February is refused as the Indicator constructor does.
            snapshot!.Report("day", string.Format(CultureInfo.InvariantCulture, "Month {0} of a snapshot date has days 1 to {1}.", m, DaysIn(m)));
        }
        if (period == PeriodKind.Snapshot && !o.Has("snapshot"))
        {
            o.Report("snapshot", "An indicator whose period is 'snapshot' needs \"snapshot\": { \"month\": m, \"day\": d }.");
        }
        else if (period is PeriodKind p && p != PeriodKind.Snapshot && o.Has("snapshot"))
        {
            o.Report("snapshot", "'snapshot' is only allowed when the period is 'snapshot'; this period is '" + N.Periods.NameOf(p) + "'.");
        }
        var multiplier = o.OptionalDouble("multiplier", 1.0, m => m > 0, "a number greater than 0");
        var quartileBanding = o.OptionalBoolean("quartileBanding", true);
        var weight = o.OptionalDouble("weight", 1.0, w => w >= 0, "a weight of 0 or more");
        var description = o.OptionalString("description");
        var reference = o.OptionalString("reference");
        var source = o.OptionalObject("source", N.SourceProperties) is { } s ? BindSource(s, problems) : null;

        // The Indicator's rules between values (WithRole), checked here too so that each is reported even when
        // another value of the indicator is already wrong (the constructor and each With… stop at their first).
        var who = bound.Id is null ? "This indicator" : "Indicator '" + bound.Id + "'";
        if (role == IndicatorRole.Context && polarity is { } cp && cp != Polarity.NoPolarity)
        {
            o.Report("polarity", who + " is a context measure, so it has no polarity.");
        }
        if (role == IndicatorRole.Outcome && polarity == Polarity.NoPolarity)
        {
            o.Report("polarity", who + " is scored into an outcome, so it needs a polarity (or make it a context measure).");
        }

        if (problems.Count == before)
        {
            bound.Indicator = o.Construct(
                () => new Indicator(bound.Id!, title!, bound.OutcomeId!, bound.Aims.Select(x => x.Id), measure!.Value, polarity!.Value, unit!, period!.Value)
                    .WithRole(role!.Value).WithDecimalPlaces(decimalPlaces!.Value).WithSource(source).WithMultiplier(multiplier!.Value)
                    .WithQuartileBanding(quartileBanding!.Value).WithWeight(weight!.Value).WithDescription(description).WithReference(reference)
                    .WithSnapshot(month ?? 9, day ?? 30),
                ("outcomeId", "outcome"), ("aimIds", "aims"), ("measureKind", "measure"), ("periodKind", "period"),
                ("month", "snapshot.month"), ("day", "snapshot.day"), ("source", "source"));
        }
        return bound;
    }

    private static IndicatorSource? BindSource(StrictJsonObject s, ProblemCollector problems)
    {
        var before = problems.Count;
        var publication = s.RequiredText("publication");
        var file = s.RequiredText("file");
        var filters = s.OptionalStringMap("filters");
        CheckFilterColumns(s, problems);
        var valueColumn = s.OptionalString("valueColumn");
        var numeratorColumn = s.OptionalString("numeratorColumn");
        var denominatorColumn = s.OptionalString("denominatorColumn");
        DenominatorSource? denominator = null;
        if (s.OptionalObject("denominator", N.DenominatorProperties) is { } d)
        {
            var dBefore = problems.Count;
            var dFile = d.RequiredText("file");
            var dFilters = d.OptionalStringMap("filters");
            CheckFilterColumns(d, problems);
            var column = d.RequiredText("column");
            var yearOffset = d.RequiredInt32("yearOffset", -5, 5);
            if (problems.Count == dBefore)
            {
                denominator = d.Construct(() => new DenominatorSource(dFile!, dFilters, column!, yearOffset!.Value));
            }
        }
        var multiplier = s.OptionalDouble("multiplier", 1.0, m => m > 0, "a number greater than 0");

        // The IndicatorSource constructor's rules between values (blank columns count as absent, as there). A column
        // whose value is already reported as wrong is unknown, so no rule is applied to it.
        bool Readable(string property, string? value) => value is not null || !s.Has(property);
        var hasValue = !string.IsNullOrWhiteSpace(valueColumn);
        var hasNumerator = !string.IsNullOrWhiteSpace(numeratorColumn);
        var hasDenominatorColumn = !string.IsNullOrWhiteSpace(denominatorColumn);
        if (!hasValue && !hasNumerator && Readable("valueColumn", valueColumn) && Readable("numeratorColumn", numeratorColumn))
        {
            s.Report("valueColumn", "A source needs a value column or a numerator column.");
        }
        if (!hasValue && hasNumerator && !hasDenominatorColumn && !s.Has("denominator") && Readable("valueColumn", valueColumn) && Readable("denominatorColumn", denominatorColumn))
        {
            s.Report("denominatorColumn", "A derived value (no value column) needs a denominator column or a denominator source.");
        }
        if (hasDenominatorColumn && s.Has("denominator"))
        {
            s.Report("denominator", "Give a denominator column or a denominator source, not both.");
        }
        return problems.Count == before
            ? s.Construct(() => new IndicatorSource(publication!, file!, filters, valueColumn, numeratorColumn, denominatorColumn, denominator, multiplier!.Value),
                ("denominatorSource", "denominator"))
            : null;
    }

    private static void CheckReferences(List<BoundOutcome>? outcomes, List<BoundIndicator> indicators, ProblemCollector problems)
    {
        // Only what could be read is checked against: an outcome or aim whose own id is unreadable is already
        // reported, and every reference to it would otherwise be reported again as dangling.
        var byId = new Dictionary<string, BoundOutcome>(StringComparer.Ordinal);
        foreach (var o in outcomes ?? new List<BoundOutcome>())
        {
            if (o.Id is not null && !byId.ContainsKey(o.Id))
            {
                byId.Add(o.Id, o);
            }
        }
        var outcomesComplete = outcomes is not null && outcomes.All(o => o.Id is not null);
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var i in indicators)
        {
            if (i.Id is not null)
            {
                if (firstLines.TryGetValue(i.Id, out var firstLine))
                {
                    problems.Add(i.IdNode!, string.Format(CultureInfo.InvariantCulture, "Indicator id '{0}' is used twice (first on line {1}).", i.Id, firstLine));
                }
                else
                {
                    firstLines.Add(i.Id, i.IdNode!.Line);
                }
            }
            if (i.OutcomeId is null)
            {
                continue;
            }
            if (!byId.TryGetValue(i.OutcomeId, out var outcome))
            {
                if (outcomesComplete)
                {
                    problems.Add(i.OutcomeNode!, "Indicator '" + i.Id + "' names unknown outcome '" + i.OutcomeId + "'; the outcomes are "
                        + string.Join(", ", byId.Keys) + ".");
                }
                continue;
            }
            foreach (var (aimId, aimNode) in outcome.AimsComplete ? i.Aims : new List<(string Id, StrictJsonNode Node)>())
            {
                if (!outcome.AimIds.Contains(aimId, StringComparer.Ordinal))
                {
                    problems.Add(aimNode, "Indicator '" + i.Id + "' names aim '" + aimId + "', which outcome '" + i.OutcomeId + "' does not have (its aims are "
                        + string.Join(", ", outcome.AimIds) + ").");
                }
            }
        }
    }

    private static void CheckFilterColumns(StrictJsonObject owner, ProblemCollector problems)
    {
        // Exact duplicates are reported by the parser; these differ only in surrounding white space, which the
        // sources trim (an EES column name never has any).
        var filters = owner.Node.FindProperty("filters")?.Value;
        var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var p in filters?.Properties ?? Array.Empty<StrictJsonProperty>())
        {
            var column = p.Name.Trim();
            if (column.Length == 0)
            {
                continue;
            }
            if (firstLines.TryGetValue(column, out var firstLine))
            {
                problems.Add(p.Value.Path, p.Line, string.Format(CultureInfo.InvariantCulture,
                    "Filter column '{0}' is given twice (first on line {1}); names are compared without surrounding spaces.", column, firstLine));
            }
            else
            {
                firstLines.Add(column, p.Line);
            }
        }
    }

    private static int DaysIn(int month) => month == 2 ? 28 : (month is 4 or 6 or 9 or 11 ? 30 : 31);

    private static string? Read(StrictJsonNode? node, ProblemCollector problems, Func<StrictJsonNode, ProblemCollector, string?> read) =>
        node is null ? null : read(node, problems);

    private static long? FindLine(StrictJsonNode node, string path)
    {
        if (string.Equals(node.Path, path, StringComparison.Ordinal))
        {
            return node.Line;
        }
        foreach (var child in node.Properties.Select(p => p.Value).Concat(node.Items))
        {
            if (path.StartsWith(child.Path, StringComparison.Ordinal) && FindLine(child, path) is long line)
            {
                return line;
            }
        }
        return null;
    }

    private sealed class BoundOutcome
    {
        public string? Id { get; set; }

        public List<string> AimIds { get; } = new();

        public bool AimsComplete { get; set; }

        public Outcome? Outcome { get; set; }
    }

    private sealed class BoundIndicator
    {
        public string? Id { get; set; }

        public StrictJsonNode? IdNode { get; set; }

        public string? OutcomeId { get; set; }

        public StrictJsonNode? OutcomeNode { get; set; }

        public List<(string Id, StrictJsonNode Node)> Aims { get; } = new();

        public Indicator? Indicator { get; set; }
    }
}
