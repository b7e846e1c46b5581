using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics.Classification;
using OutcomesFramework.Inspections;
using Xunit;

namespace OutcomesFramework.England.Tests.Assurance;

/// <summary>
/// The evaluation of docs/assurance-evaluation.md, reproducibly: how well the default England rule set's early-warning
/// level, computed from data published before each graded ILACS inspection of 2019–2025, anticipates the judgement.
/// The report is written to the test output and to <c>assurance-evaluation-output.md</c> beside the test assembly.
/// The assertions check the method (every inspection accounted for, nothing used before it was published), never the
/// figures: the rule set is not tuned to them.
/// </summary>
public sealed class OfstedEvaluationTest
{
    private const int FirstYear = 2019;
    private const int LastYear = 2025;

    private readonly ITestOutputHelper output;

    public OfstedEvaluationTest(ITestOutputHelper output) => this.output = output;

    private static Lazy<(ImmutableResults Full, ImmutableResults DataOnly, ImmutableResults OfstedOnly)> Results { get; } = new(() =>
    {
        var data = EnglandData.Default;
        var full = EnglandData.Default.RuleSet;
        var dataOnly = full.OfKinds(RuleKinds.All.Where(k => k != RuleKind.Inspection));
        var ofstedOnly = full.OfKinds(new[] { RuleKind.Inspection });
        var results = OfstedBacktest.Run(new[] { full, dataOnly, ofstedOnly }, data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours,
            data.Inspections, PublicationCalendar.England, FirstYear, LastYear);
        return (new(results[0]), new(results[1]), new(results[2]));
    });

    [Fact]
    public void Evaluation_AccountsForEveryGradedInspection()
    {
        var graded = EnglandData.Default.Inspections.Count(i => i.IsGraded && i.InspectionDate.Year >= FirstYear && i.InspectionDate.Year <= LastYear);
        var full = Results.Value.Full.Result;
        Assert.Equal(graded, full.Cases.Length + full.Skipped.Length);
        Assert.True(full.Cases.Length > 200, "Most inspections should be evaluated: " + full.Cases.Length);
    }

    [Fact]
    public void Evaluation_UsesOnlyWhatWasPublishedBeforeTheInspection()
    {
        var data = EnglandData.Default;
        var calendar = PublicationCalendar.England;
        foreach (var c in Results.Value.Full.Result.Cases)
        {
            Assert.True(c.AsOf < c.Inspection.InspectionDate);
            // The scorecard year's periods, for the indicators that set it, were out by the day before.
            Assert.Contains(data.Framework.Indicators, i => calendar.PublishedOn(i.PeriodEnding(c.Year)) <= c.AsOf);
            // No period of the next year was out yet for any indicator (else the year would be later).
            Assert.DoesNotContain(data.Framework.Indicators, i => calendar.PublishedOn(i.PeriodEnding(c.Year + 1)) <= c.AsOf
                && data.Observations.Periods(i.Id).Contains(i.PeriodEnding(c.Year + 1)));
            // Ofsted: only reports published by then; the judgement being predicted is never among them.
            Assert.All(data.Inspections.For(c.Area.Code).Where(i => i.PublicationDate <= c.AsOf), i => Assert.True(i.InspectionDate < c.Inspection.InspectionDate));
        }
        var cut = calendar.PublishedBy(data.Observations, new NodaTime.LocalDate(2021, 6, 1));
        Assert.All(cut, o => Assert.True(calendar.PublishedOn(o.Period) <= new NodaTime.LocalDate(2021, 6, 1)));
    }

    [Fact]
    public void Evaluation_WritesTheReport()
    {
        var (full, dataOnly, ofstedOnly) = Results.Value;
        var text = new StringBuilder();
        text.Append("### Default rule set ").Append(full.Result.RuleSet.Id).Append(' ').Append(full.Result.RuleSet.Version).Append(" (all ")
            .Append(Int(full.Result.RuleSet.Rules.Length)).Append(" rules)\n\n").Append(full.Result.ToMarkdown()).Append('\n');
        text.Append("### Data only (the ").Append(Int(dataOnly.Result.RuleSet.Rules.Length)).Append(" rules that are not inspection context)\n\n").Append(dataOnly.Result.ToMarkdown()).Append('\n');
        text.Append("### Ofsted context only (the ").Append(Int(ofstedOnly.Result.RuleSet.Rules.Length)).Append(" inspection rules)\n\n").Append(ofstedOnly.Result.ToMarkdown()).Append('\n');
        text.Append("Approximate 95% intervals for the AUC (Hanley and McNeil 1982, which ignores ties): all rules ").Append(Interval(full))
            .Append(", data only ").Append(Interval(dataOnly)).Append(", Ofsted context only ").Append(Interval(ofstedOnly)).Append(".\n\n");
        text.Append("Diagnostic, not the level: the AUC of the number of findings of any severity (a finer score than the four levels) is ")
            .Append(FindingsAuc(full)).Append(" with all rules and ").Append(FindingsAuc(dataOnly)).Append(" with the data-only rules.\n\n");
        text.Append("### By year of inspection\n\n| year | inspections | RI or inadequate | scorecard years used | AUC all rules | AUC data only | AUC Ofsted only |\n|---|---:|---:|---|---:|---:|---:|\n");
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var cases = full.Result.Cases.Where(c => c.Inspection.InspectionDate.Year == year).ToList();
            text.Append("| ").Append(Int(year)).Append(" | ").Append(Int(cases.Count)).Append(" | ").Append(Int(cases.Count(c => c.IsRequiresImprovementOrWorse))).Append(" | ")
                .Append(string.Join(", ", cases.Select(c => c.Year).Distinct().OrderBy(y => y).Select(Int))).Append(" | ")
                .Append(Auc(full, year)).Append(" | ").Append(Auc(dataOnly, year)).Append(" | ").Append(Auc(ofstedOnly, year)).Append(" |\n");
        }
        text.Append("\n### What raised the level (all rules; rules raising the level of at least one case)\n\n| rule | cases | of which RI or inadequate |\n|---|---:|---:|\n");
        foreach (var group in full.Result.Cases.SelectMany(c => c.RaisedBy.Select(r => (Rule: r, Case: c))).GroupBy(x => x.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("| ").Append(group.Key).Append(" | ").Append(Int(group.Count())).Append(" | ").Append(Int(group.Count(x => x.Case.IsRequiresImprovementOrWorse))).Append(" |\n");
        }
        text.Append('\n').Append(Int(full.Result.Skipped.Length)).Append(" inspections left out").Append(full.Result.Skipped.IsEmpty ? "." : ":").Append('\n');
        foreach (var s in full.Result.Skipped)
        {
            text.Append("- ").Append(s).Append('\n');
        }
        var report = text.ToString();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "assurance-evaluation-output.md"), report);
        output.WriteLine(report);
        Assert.InRange(full.Result.AreaUnderCurve!.Value, 0, 1);
        Assert.InRange(dataOnly.Result.AreaUnderCurve!.Value, 0, 1);
    }

    private static string Auc(ImmutableResults results, int year)
    {
        var cases = results.Result.Cases.Where(c => c.Inspection.InspectionDate.Year == year).ToList();
        var outcomes = cases.Select(c => c.IsRequiresImprovementOrWorse).ToArray();
        return !outcomes.Contains(true) || !outcomes.Contains(false) ? "–"
            : Discrimination.AreaUnderCurve(cases.Select(c => (double)c.Level).ToArray(), outcomes).ToString("0.000", CultureInfo.InvariantCulture);
    }

    private static string FindingsAuc(ImmutableResults results)
    {
        static double Score(BacktestCase c) => c.Count(Severity.Information) + c.Count(Severity.Advisory) + c.Count(Severity.Concern) + c.Count(Severity.Serious);
        var cases = results.Result.Cases;
        return Discrimination.AreaUnderCurve(cases.Select(Score).ToArray(), cases.Select(c => c.IsRequiresImprovementOrWorse).ToArray()).ToString("0.000", CultureInfo.InvariantCulture);
    }

    /// <summary>AUC ± 1.96 standard errors, with Hanley and McNeil's (1982) standard error.</summary>
    private static string Interval(ImmutableResults results)
    {
        var a = results.Result.AreaUnderCurve!.Value;
        double n1 = results.Result.Cases.Count(c => c.IsRequiresImprovementOrWorse);
        double n2 = results.Result.Cases.Length - n1;
        var q1 = a / (2 - a);
        var q2 = 2 * a * a / (1 + a);
        var se = Math.Sqrt(((a * (1 - a)) + ((n1 - 1) * (q1 - (a * a))) + ((n2 - 1) * (q2 - (a * a)))) / (n1 * n2));
        return "[" + (a - (1.96 * se)).ToString("0.00", CultureInfo.InvariantCulture) + ", " + (a + (1.96 * se)).ToString("0.00", CultureInfo.InvariantCulture) + "]";
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Wraps a result so the lazy tuple has a named type.</summary>
    private sealed record ImmutableResults(BacktestResult Result);
}
