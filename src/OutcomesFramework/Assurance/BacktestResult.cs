using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Inspections;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Statistics.Classification;

namespace OutcomesFramework.Assurance;

/// <summary>The back-test of one rule set against Ofsted's graded inspections: every case, what was left out and why, the table of level against judgement and the AUC.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BacktestResult
{
    internal BacktestResult(RuleSet ruleSet, PublicationCalendar calendar, ImmutableArray<BacktestCase> cases, ImmutableArray<string> skipped)
    {
        RuleSet = ruleSet;
        Calendar = calendar;
        Cases = cases;
        Skipped = skipped;
        var outcomes = cases.Select(c => c.IsRequiresImprovementOrWorse).ToArray();
        AreaUnderCurve = outcomes.Contains(true) && outcomes.Contains(false)
            ? Discrimination.AreaUnderCurve(cases.Select(c => (double)c.Level).ToArray(), outcomes)
            : null;
    }

    /// <summary>Gets the rule set run.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the publication calendar assumed.</summary>
    public PublicationCalendar Calendar { get; }

    /// <summary>Gets the cases, by authority code then inspection date.</summary>
    public ImmutableArray<BacktestCase> Cases { get; }

    /// <summary>Gets the inspections left out, each with the reason.</summary>
    public ImmutableArray<string> Skipped { get; }

    /// <summary>Gets the area under the ROC curve of the level (none 0, watch 1, concern 2, serious 3) for "requires improvement or inadequate" against "good or outstanding", ties counting half; null when a class is empty.</summary>
    public double? AreaUnderCurve { get; }

    /// <summary>Counts the cases with a level and a judgement.</summary>
    /// <param name="level">The level.</param>
    /// <param name="judgement">The overall effectiveness.</param>
    /// <returns>The count.</returns>
    public int Count(EarlyWarningLevel level, OfstedGrade judgement) => Cases.Count(c => c.Level == level && c.Judgement == judgement);

    /// <summary>Writes the table of level against judgement, with row totals, the share judged requires improvement or inadequate, and the AUC, as Markdown.</summary>
    /// <returns>The Markdown, LF line ends.</returns>
    public string ToMarkdown()
    {
        var grades = new[] { OfstedGrade.Outstanding, OfstedGrade.Good, OfstedGrade.RequiresImprovement, OfstedGrade.Inadequate };
        var text = new StringBuilder();
        text.Append("| level | outstanding | good | requires improvement | inadequate | total | RI or inadequate |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var level in new[] { EarlyWarningLevel.None, EarlyWarningLevel.Watch, EarlyWarningLevel.Concern, EarlyWarningLevel.Serious })
        {
            var counts = grades.Select(g => Count(level, g)).ToArray();
            var total = counts.Sum();
            var bad = counts[2] + counts[3];
            text.Append("| ").Append(level.ToName());
            foreach (var c in counts)
            {
                text.Append(" | ").Append(Int(c));
            }
            text.Append(" | ").Append(Int(total)).Append(" | ").Append(total == 0 ? "–" : Percent(bad, total)).Append(" |\n");
        }
        var all = grades.Select(g => Cases.Count(c => c.Judgement == g)).ToArray();
        text.Append("| **all**");
        foreach (var c in all)
        {
            text.Append(" | ").Append(Int(c));
        }
        text.Append(" | ").Append(Int(Cases.Length)).Append(" | ").Append(Cases.Length == 0 ? "–" : Percent(all[2] + all[3], Cases.Length)).Append(" |\n\n");
        var positives = Cases.Count(c => c.IsRequiresImprovementOrWorse);
        text.Append("AUC for requires improvement or inadequate (level as an ordinal score, ties counting half): ")
            .Append(AreaUnderCurve is { } auc ? auc.ToString("0.000", CultureInfo.InvariantCulture) : "not defined")
            .Append(" (").Append(Int(positives)).Append(" requires improvement or inadequate, ").Append(Int(Cases.Length - positives)).Append(" good or outstanding).\n");
        return text.ToString();
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";
}
