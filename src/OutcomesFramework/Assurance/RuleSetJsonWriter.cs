using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Serialization;
using N = OutcomesFramework.Assurance.RuleSetJsonNames;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Writes rule-set documents deterministically: two-space indentation, LF line ends and a final LF, properties in
/// the documented order, defaults written out, empty selections left out, numbers in their shortest round-trip
/// form whatever the culture.
/// </summary>
internal static class RuleSetJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(RuleSet set)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            Header(w, set, null);
            Rules(w, "rules", set.Rules);
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static byte[] WriteChanges(RuleSet from, RuleSet to, RuleSetChanges changes)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            Header(w, to, from.Version);
            Rules(w, "add", changes.Add);
            Rules(w, "change", changes.Change);
            w.WriteStartArray("remove");
            foreach (var id in changes.Remove)
            {
                w.WriteStringValue(id);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Header(Utf8JsonWriter w, RuleSet set, string? extends)
    {
        w.WriteNumber("formatVersion", RuleSetJson.FormatVersion);
        w.WriteString("id", set.Id);
        w.WriteString("version", set.Version);
        if (extends is not null)
        {
            w.WriteString("extends", extends);
        }
        if (set.Name is not null)
        {
            w.WriteString("name", set.Name);
        }
        if (set.Description is not null)
        {
            w.WriteString("description", set.Description);
        }
    }

    private static void Rules(Utf8JsonWriter w, string name, IEnumerable<AssuranceRule> rules)
    {
        w.WriteStartArray(name);
        foreach (var rule in rules)
        {
            Rule(w, rule);
        }
        w.WriteEndArray();
    }

    private static void Rule(Utf8JsonWriter w, AssuranceRule rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("kind", N.Kinds.NameOf(rule.Kind));
        w.WriteString("severity", N.Severities.NameOf(rule.Severity));
        if (rule.Title is not null)
        {
            w.WriteString("title", rule.Title);
        }
        RuleKindTable.Of(rule.Kind).Write(w, rule);
        w.WriteEndObject();
    }

    /// <summary>Writes the properties of a Threshold rule beyond the common ones.</summary>
    internal static void WriteThreshold(Utf8JsonWriter w, AssuranceRule rule)
    {
        var t = (ThresholdRule)rule;
        w.WriteString("indicator", t.IndicatorId);
        w.WriteString("basis", N.Bases.NameOf(t.Basis));
        if (t.Target is { } target)
        {
            w.WriteNumber("target", target);
        }
        w.WriteString("direction", N.Directions.NameOf(t.Direction));
        w.WriteNumber("red", t.Red);
        if (t.Amber is { } amber)
        {
            w.WriteNumber("amber", amber);
            w.WriteString("amberSeverity", N.Severities.NameOf(t.AmberSeverity!.Value));
        }
    }

    /// <summary>Writes the properties of a BenchmarkGap rule beyond the common ones.</summary>
    internal static void WriteBenchmarkGap(Utf8JsonWriter w, AssuranceRule rule)
    {
        var g = (BenchmarkGapRule)rule;
        Selection(w, g.Selection);
        w.WriteString("benchmark", N.Benchmarks.NameOf(g.Benchmark));
        if (g.Benchmark == BenchmarkGap.WorseThanNeighbours)
        {
            w.WriteNumber("margin", g.Margin);
            w.WriteString("marginUnit", N.MarginUnits.NameOf(g.MarginUnit));
        }
    }

    /// <summary>Writes the properties of a Deterioration rule beyond the common ones.</summary>
    internal static void WriteDeterioration(Utf8JsonWriter w, AssuranceRule rule)
    {
        var d = (DeteriorationRule)rule;
        Selection(w, d.Selection);
        w.WriteString("test", N.Tests.NameOf(d.Test));
        if (d.Test == DeteriorationTest.ConsecutivePeriods)
        {
            w.WriteNumber("periods", d.Periods);
        }
    }

    /// <summary>Writes the properties of a SpcConcern rule beyond the common ones.</summary>
    internal static void WriteSpcConcern(Utf8JsonWriter w, AssuranceRule rule)
    {
        var c = (SpcConcernRule)rule;
        Selection(w, c.Selection);
        w.WriteString("profile", N.Profiles.NameOf(c.Profile));
        w.WriteNumber("minimumPoints", c.MinimumPoints);
        w.WriteNumber("lastPoints", c.LastPoints);
    }

    /// <summary>Writes the properties of a SpcAssurance rule beyond the common ones.</summary>
    internal static void WriteSpcAssurance(Utf8JsonWriter w, AssuranceRule rule)
    {
        var a = (SpcAssuranceRule)rule;
        Selection(w, a.Selection);
        w.WriteString("targetSource", N.TargetSources.NameOf(a.TargetSource));
        if (a.Target is { } value)
        {
            w.WriteNumber("target", value);
        }
        w.WriteString("profile", N.Profiles.NameOf(a.Profile));
        w.WriteNumber("minimumPoints", a.MinimumPoints);
    }

    /// <summary>Writes the properties of a DataQuality rule beyond the common ones.</summary>
    internal static void WriteDataQuality(Utf8JsonWriter w, AssuranceRule rule)
    {
        var q = (DataQualityRule)rule;
        Selection(w, q.Selection);
        w.WriteString("check", N.DataChecks.NameOf(q.Check));
        if (q.Check == DataQualityCheck.Stale)
        {
            w.WriteNumber("maxAgeYears", q.MaxAgeYears);
        }
    }

    /// <summary>Writes the properties of a WorkforcePressure rule beyond the common ones.</summary>
    internal static void WriteWorkforcePressure(Utf8JsonWriter w, AssuranceRule rule)
    {
        var p = (WorkforcePressureRule)rule;
        w.WriteStartArray("measures");
        foreach (var m in p.Measures)
        {
            w.WriteStartObject();
            w.WriteString("indicator", m.IndicatorId);
            w.WriteNumber("threshold", m.Threshold);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("minimumMeasures", p.MinimumMeasures);
    }

    /// <summary>Writes the properties of a logistic-score rule beyond the common ones.</summary>
    internal static void WriteLogisticScore(Utf8JsonWriter w, AssuranceRule rule)
    {
        var s = (LogisticScoreRule)rule;
        w.WriteString("target", s.Target);
        w.WriteNumber("raiseAt", s.RaiseAt);
        w.WriteNumber("intercept", s.Intercept);
        w.WriteStartArray("terms");
        foreach (var t in s.Terms)
        {
            w.WriteStartObject();
            w.WriteString("feature", t.Feature);
            if (t.MissingIndicator)
            {
                w.WriteBoolean("missing", true);
            }
            w.WriteNumber("coefficient", t.Coefficient);
            w.WriteNumber("mean", t.Mean);
            w.WriteNumber("sd", t.StandardDeviation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        var k = s.Terms.Length + 1;
        w.WriteStartArray("covariance");
        for (var a = 0; a < k; a++)
        {
            w.WriteStartArray();
            for (var b = 0; b < k; b++)
            {
                w.WriteNumberValue(s.Covariance[(a * k) + b]);
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartObject("calibration");
        w.WriteNumber("intercept", s.CalibrationIntercept);
        w.WriteNumber("slope", s.CalibrationSlope);
        w.WriteEndObject();
        w.WriteStartObject("fit");
        w.WriteString("method", s.Fit.Method);
        w.WriteNumber("penalty", s.Fit.Penalty);
        w.WriteNumber("cases", s.Fit.Cases);
        w.WriteNumber("positives", s.Fit.Positives);
        w.WriteString("from", LogisticScoreFit.Iso(s.Fit.From));
        w.WriteString("to", LogisticScoreFit.Iso(s.Fit.To));
        w.WriteString("source", s.Fit.Source);
        w.WriteEndObject();
    }

    /// <summary>Writes the properties of a Inspection rule beyond the common ones.</summary>
    internal static void WriteInspection(Utf8JsonWriter w, AssuranceRule rule)
    {
        var i = (InspectionRule)rule;
        w.WriteString("check", N.InspectionChecks.NameOf(i.Check));
        switch (i.Check)
        {
            case InspectionCheck.LatestJudgement:
                w.WriteString("judgement", N.Judgements.NameOf(i.Judgement));
                w.WriteString("atOrWorseThan", N.Grades.NameOf(i.Grade));
                break;
            case InspectionCheck.InspectionCount:
                w.WriteString("activity", N.Activities.NameOf(i.Activity));
                w.WriteNumber("withinMonths", i.WithinMonths);
                if (i.Minimum is { } min)
                {
                    w.WriteNumber("minimum", min);
                }
                if (i.Maximum is { } max)
                {
                    w.WriteNumber("maximum", max);
                }
                break;
            default:
                w.WriteNumber("lessThanMonths", i.LessThanMonths);
                break;
        }
    }

    /// <summary>Writes the properties of a Basket rule beyond the common ones.</summary>
    internal static void WriteBasket(Utf8JsonWriter w, AssuranceRule rule)
    {
        var b = (BasketRule)rule;
        w.WriteStartArray("signals");
        foreach (var s in b.Signals)
        {
            w.WriteStartObject();
            w.WriteString("rule", s.RuleId);
            w.WriteNumber("minimumFindings", s.MinimumFindings);
            if (s.OutcomeId is not null)
            {
                w.WriteString("outcome", s.OutcomeId);
            }
            if (s.IndicatorId is not null)
            {
                w.WriteString("indicator", s.IndicatorId);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("minimumSignals", b.MinimumSignals);
        w.WriteNumber("minimumOutcomes", b.MinimumOutcomes);
    }

    private static void Selection(Utf8JsonWriter w, IndicatorSelection selection)
    {
        if (!selection.IndicatorIds.IsEmpty)
        {
            w.WriteStartArray("indicators");
            foreach (var id in selection.IndicatorIds)
            {
                w.WriteStringValue(id);
            }
            w.WriteEndArray();
        }
        if (!selection.OutcomeIds.IsEmpty)
        {
            w.WriteStartArray("outcomes");
            foreach (var id in selection.OutcomeIds)
            {
                w.WriteStringValue(id);
            }
            w.WriteEndArray();
        }
        if (!selection.Roles.IsEmpty)
        {
            w.WriteStartArray("roles");
            foreach (var role in selection.Roles)
            {
                w.WriteStringValue(FrameworkJsonNames.Roles.NameOf(role));
            }
            w.WriteEndArray();
        }
    }
}
