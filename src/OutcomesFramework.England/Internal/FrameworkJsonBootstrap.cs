using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;

namespace OutcomesFramework.England.Internal;

/// <summary>TEMPORARY: reads the embedded framework JSON until OutcomesFramework.Serialization is merged.</summary>
internal static class FrameworkJsonBootstrap
{
    public static Framework Read(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        var outcomes = root.GetProperty("outcomes").EnumerateArray().Select(o => new Outcome(
            o.GetProperty("id").GetString()!, o.GetProperty("name").GetString()!, o.GetProperty("statutoryPurpose").GetString()!,
            o.GetProperty("aims").EnumerateArray().Select(a => new Aim(a.GetProperty("id").GetString()!, o.GetProperty("id").GetString()!, a.GetProperty("text").GetString()!,
                a.GetProperty("parentsCarersFamilies").GetBoolean(), a.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!))))).ToList();
        var indicators = root.GetProperty("indicators").EnumerateArray().Select(Indicator).ToList();
        return new Framework(root.GetProperty("id").GetString()!, root.GetProperty("name").GetString()!, root.GetProperty("version").GetString()!, outcomes, indicators,
            root.GetProperty("description").GetString());
    }

    private static Indicator Indicator(JsonElement i)
    {
        var s = i.GetProperty("source");
        DenominatorSource? den = null;
        if (s.TryGetProperty("denominator", out var d))
        {
            den = new DenominatorSource(d.GetProperty("file").GetString()!, Filters(d), d.GetProperty("column").GetString()!, d.GetProperty("yearOffset").GetInt32());
        }
        var source = new IndicatorSource(s.GetProperty("publication").GetString()!, s.GetProperty("file").GetString()!, Filters(s),
            Str(s, "valueColumn"), Str(s, "numeratorColumn"), Str(s, "denominatorColumn"), den, s.TryGetProperty("multiplier", out var sm) ? sm.GetDouble() : 1.0);
        var snap = i.TryGetProperty("snapshot", out var sn) ? (sn.GetProperty("month").GetInt32(), sn.GetProperty("day").GetInt32()) : (9, 30);
        return new Indicator(i.GetProperty("id").GetString()!, i.GetProperty("title").GetString()!, i.GetProperty("outcome").GetString()!,
            i.GetProperty("aims").EnumerateArray().Select(a => a.GetString()!),
            i.GetProperty("role").GetString() switch { "outcome" => IndicatorRole.Outcome, "context" => IndicatorRole.Context, _ => IndicatorRole.Enabler },
            (MeasureKind)Enum.Parse(typeof(MeasureKind), i.GetProperty("measure").GetString()!, true),
            i.GetProperty("polarity").GetString() switch { "higherIsBetter" => Polarity.HigherIsBetter, "lowerIsBetter" => Polarity.LowerIsBetter, _ => Polarity.NoPolarity },
            i.GetProperty("unit").GetString()!, i.GetProperty("decimalPlaces").GetInt32(),
            (PeriodKind)Enum.Parse(typeof(PeriodKind), i.GetProperty("period").GetString()!, true), source,
            i.TryGetProperty("multiplier", out var m) ? m.GetDouble() : 1.0, !i.TryGetProperty("quartileBanding", out var q) || q.GetBoolean(), 1.0,
            Str(i, "description"), Str(i, "reference"), snap.Item1, snap.Item2);
    }

    private static List<KeyValuePair<string, string>> Filters(JsonElement e) =>
        e.TryGetProperty("filters", out var f) ? f.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList() : new List<KeyValuePair<string, string>>();

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
}
