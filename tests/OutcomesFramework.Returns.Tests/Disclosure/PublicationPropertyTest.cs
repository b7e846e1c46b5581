using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Disclosure;
using Xunit;
using Spec = OutcomesFramework.Returns.Tests.Disclosure.PublicationModel.Spec;

namespace OutcomesFramework.Returns.Tests.Disclosure;

/// <summary>
/// Property: nothing published lets a suppressed count be worked out. The attacker knows the method (this library,
/// with its threshold), the published table and the population, and that a numerator is some of its denominator's
/// children. For random derivation-like counts, every set of counts the attacker could try (the published figures
/// held, each suppressed one run over 0 to well past any true count) is published again and kept if it gives the same
/// table; each suppressed numerator, denominator and complement (denominator − numerator) must then take at least two
/// values among those kept. This covers a published total minus a published part, value × denominator ÷ 100, rate ×
/// population ÷ 10,000, sum ÷ mean, figures shared between indicators, and what the pattern of c's itself gives away.
/// </summary>
public sealed class PublicationPropertyTest
{
    private static readonly string[] Variables = PublicationModel.Specs.SelectMany(s => new[] { s.Denominator, s.Numerator }).Where(v => v is not null).Select(v => v!).Distinct().ToArray();

    /// <summary>Each numerator's denominator (a numerator is some of its denominator's children); none for a count.</summary>
    private static readonly Dictionary<string, string> Parent = PublicationModel.Specs
        .Where(s => s.Measure == IndicatorMeasure.Percentage).ToDictionary(s => s.Numerator, s => s.Denominator!);

    /// <summary>The indicators in groups that share no variable: what can be worked out of one group says nothing of another.</summary>
    private static readonly List<List<Spec>> Components = Group();

    [Fact]
    public void NoSuppressedCountCanBeWorkedOutFromThePublishedTable()
    {
        var raw = Gen.Choose(0, 1_000_000).ArrayOf(2 * Variables.Length + 2).ToArbitrary();
        Prop.ForAll(raw, (int[] r) =>
        {
            var (counts, population, threshold) = Counts(r);
            var table = PublicationTable.Create(PublicationModel.Result(counts, population), threshold);
            var why = Honest(table, counts, population, threshold) ?? Components.Select(c => Undetermined(c, table, counts, population, threshold)).FirstOrDefault(w => w is not null);
            Assert.True(why is null, why + " (threshold " + threshold + ", population " + population + ", counts " + string.Join(" ", counts.Select(c => c.Key + "=" + c.Value)) + ")");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    /// <summary>The counts for raw random numbers: often small or near their denominator, where suppression bites.</summary>
    private static (Dictionary<string, int> Counts, long? Population, int Threshold) Counts(int[] r)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Denominators first (the Variables order puts each before its numerators).
        for (var i = 0; i < Variables.Length; i++)
        {
            var (kind, x) = (r[2 * i] % 3, r[2 * i + 1]);
            if (Parent.TryGetValue(Variables[i], out var parent))
            {
                var d = counts[parent];
                counts[Variables[i]] = kind switch { 0 => Math.Min(d, x % 8), 1 => Math.Max(0, d - x % 8), _ => x % (d + 1) };
            }
            else
            {
                counts[Variables[i]] = kind < 2 ? x % 13 : 13 + x % 60;
            }
        }
        long? population = r[^2] % 5 == 0 ? null : 10_000 + r[^2] % 290_000;
        var threshold = new[] { 6, 6, 6, 3, 11 }[r[^1] % 5];
        return (counts, population, threshold);
    }

    /// <summary>Published figures are the true ones, and every count from 1 to threshold − 1 (a complement included) is hidden.</summary>
    private static string? Honest(PublicationTable table, Dictionary<string, int> counts, long? population, int threshold)
    {
        var truth = PublicationModel.Result(counts, population);
        bool Small(int x) => x >= 1 && x < threshold;
        // A published figure is the derived one: counts exactly, values to one decimal place.
        static bool Shows(string published, double? derived, double tolerance) =>
            published == "c" || (published.Length == 0 ? derived is null
                : derived is { } d && Math.Abs(double.Parse(published, System.Globalization.CultureInfo.InvariantCulture) - d) <= tolerance);
        foreach (var (spec, (p, t)) in PublicationModel.Specs.Zip(table.Indicators.Zip(truth.Indicators)))
        {
            if (!Shows(p.Value, t.Value, 0.05 + 1e-9) || !Shows(p.Numerator, t.Numerator, 0) || !Shows(p.Denominator, t.Denominator, 0))
            {
                return spec.Id + " publishes " + p + " but the truth is " + t;
            }
            var n = counts[spec.Numerator];
            var d = spec.Denominator is null ? 0 : counts[spec.Denominator];
            var numeratorHidden = p.Numerator == "c" || spec.Measure == IndicatorMeasure.Mean;
            if ((Small(n) && !numeratorHidden) || (spec.Denominator is not null && Small(d) && p.Denominator != "c")
                || (spec.Measure == IndicatorMeasure.Percentage && Small(d - n) && p.Numerator != "c" && p.Denominator != "c"))
            {
                return spec.Id + " publishes " + p + ", a count from 1 to " + (threshold - 1) + " shown";
            }
        }
        return null;
    }

    /// <summary>Every suppressed count of the group takes two values or more among the counts that publish the same table.</summary>
    private static string? Undetermined(List<Spec> group, PublicationTable table, Dictionary<string, int> counts, long? population, int threshold)
    {
        var rows = group.Select(s => table.Find(s.Id)!).ToList();
        // The variables behind a suppressed figure are the attacker's unknowns; the rest are published as they are.
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (s, p) in group.Zip(rows))
        {
            if (p.Numerator == "c")
            {
                unknown.Add(s.Numerator);
            }
            if (p.Denominator == "c")
            {
                unknown.Add(s.Denominator!);
            }
        }
        if (unknown.Count == 0)
        {
            return null;
        }
        var order = Variables.Where(unknown.Contains).ToList();
        var bound = group.SelectMany(s => new[] { s.Numerator, s.Denominator }).Where(v => v is not null).Max(v => counts[v!]) + 2 * threshold;
        var seen = new List<Dictionary<string, int>>();
        var trial = new Dictionary<string, int>(counts, StringComparer.Ordinal);
        void Try(int k)
        {
            if (k == order.Count)
            {
                // A numerator is some of its denominator's children, whichever were tried.
                if (group.Any(s => s.Measure == IndicatorMeasure.Percentage && trial[s.Numerator] > trial[s.Denominator!]))
                {
                    return;
                }
                var again = PublicationTable.Create(PublicationModel.Result(trial, population), threshold);
                if (group.All(s => Same(again.Find(s.Id)!, table.Find(s.Id)!)))
                {
                    seen.Add(new Dictionary<string, int>(trial, StringComparer.Ordinal));
                }
                return;
            }
            var v = order[k];
            var top = Parent.TryGetValue(v, out var parent) ? trial[parent] : bound;
            for (var x = 0; x <= top; x++)
            {
                trial[v] = x;
                Try(k + 1);
            }
            trial[v] = counts[v];
        }
        Try(0);
        // The truth is among them (else the search is wrong, not the publication).
        if (!seen.Any(c => order.All(v => c[v] == counts[v])))
        {
            return "the search missed the truth for " + string.Join(", ", group.Select(g => g.Id));
        }
        foreach (var (s, p) in group.Zip(rows))
        {
            if (p.Numerator == "c" && seen.Select(c => c[s.Numerator]).Distinct().Count() < 2)
            {
                return s.Id + ": the suppressed numerator can only be " + counts[s.Numerator];
            }
            if (p.Denominator == "c" && seen.Select(c => c[s.Denominator!]).Distinct().Count() < 2)
            {
                return s.Id + ": the suppressed denominator can only be " + counts[s.Denominator!];
            }
            if (s.Measure == IndicatorMeasure.Percentage && (p.Numerator == "c" || p.Denominator == "c")
                && seen.Select(c => c[s.Denominator!] - c[s.Numerator]).Distinct().Count() < 2)
            {
                return s.Id + ": the suppressed complement can only be " + (counts[s.Denominator!] - counts[s.Numerator]);
            }
        }
        return null;
    }

    private static bool Same(PublishedIndicator a, PublishedIndicator b) =>
        a.Value == b.Value && a.Numerator == b.Numerator && a.Denominator == b.Denominator;

    private static List<List<Spec>> Group()
    {
        var groups = new List<List<Spec>>();
        foreach (var s in PublicationModel.Specs)
        {
            var vars = new[] { s.Numerator, s.Denominator };
            var joined = groups.Where(g => g.Any(o => vars.Contains(o.Numerator) || (o.Denominator is not null && vars.Contains(o.Denominator)))).ToList();
            var merged = joined.SelectMany(g => g).Append(s).ToList();
            groups.RemoveAll(joined.Contains);
            groups.Add(merged);
        }
        return groups;
    }
}
