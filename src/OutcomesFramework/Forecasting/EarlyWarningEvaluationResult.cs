using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using OutcomesFramework.Statistics.Classification;

namespace OutcomesFramework.Forecasting;

/// <summary>The result of <see cref="EarlyWarningEvaluation.Run"/>: the out-of-time predictions of the model and the baselines, and their report.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EarlyWarningEvaluationResult
{
    /// <summary>The seed of the bootstrap intervals (fixed, so the report is the same on every run).</summary>
    public const ulong BootstrapSeed = 20261203;

    /// <summary>The number of bootstrap replicates of each interval.</summary>
    public const int BootstrapReplicates = 2000;

    private readonly Dictionary<EarlyWarningTarget, List<Prediction>> predictions;
    private readonly List<(EarlyWarningTarget Target, int Window, int Year, int TrainingCases, bool Outcome, double Score)> learning;
    private readonly string? deprivation;
    private readonly bool hasRuleLevels;
    private readonly StandardisedLogisticModel shipped;
    private readonly int shippedCases;
    private readonly int shippedPositives;
    private readonly NodaTime.LocalDate shippedFrom;
    private readonly NodaTime.LocalDate shippedTo;

    internal EarlyWarningEvaluationResult(
        ImmutableArray<EarlyWarningFeature> features,
        int cases,
        ImmutableArray<string> skipped,
        Dictionary<EarlyWarningTarget, List<Prediction>> predictions,
        List<(EarlyWarningTarget, int, int, int, bool, double)> learning,
        string? deprivation,
        bool hasRuleLevels,
        int firstYear,
        int lastYear,
        StandardisedLogisticModel shipped,
        int shippedCases,
        int shippedPositives,
        NodaTime.LocalDate shippedFrom,
        NodaTime.LocalDate shippedTo)
    {
        this.shippedPositives = shippedPositives;
        this.shippedFrom = shippedFrom;
        this.shippedTo = shippedTo;
        Features = features;
        CaseCount = cases;
        Skipped = skipped;
        this.predictions = predictions;
        this.learning = learning;
        this.deprivation = deprivation;
        this.hasRuleLevels = hasRuleLevels;
        FirstEvaluationYear = firstYear;
        LastEvaluationYear = lastYear;
        this.shipped = shipped;
        this.shippedCases = shippedCases;
    }

    /// <summary>Gets the model's candidate features.</summary>
    public ImmutableArray<EarlyWarningFeature> Features { get; }

    /// <summary>Gets the number of graded inspections read (training and evaluation).</summary>
    public int CaseCount { get; }

    /// <summary>Gets the inspections left out, each with the reason.</summary>
    public ImmutableArray<string> Skipped { get; }

    /// <summary>Gets the first year scored out of time.</summary>
    public int FirstEvaluationYear { get; }

    /// <summary>Gets the last year scored out of time.</summary>
    public int LastEvaluationYear { get; }

    /// <summary>Gets the number of out-of-time predictions for a target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The count.</returns>
    public int PredictionCount(EarlyWarningTarget target) => predictions.TryGetValue(target, out var list) ? list.Count : 0;

    /// <summary>Gets the model's pooled out-of-time AUC for a target over all scored inspections, with its DeLong variance.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">The target has too few cases of a class.</exception>
    public AucEstimate ModelAuc(EarlyWarningTarget target)
    {
        var list = predictions[target];
        return DeLong.Estimate(list.Select(p => p.Model).ToArray(), list.Select(p => p.Outcome).ToArray());
    }

    /// <summary>Gets the AUC of the previous-judgement baseline for a target over all scored inspections.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">The target has too few cases of a class.</exception>
    public AucEstimate PreviousJudgementAuc(EarlyWarningTarget target)
    {
        var list = predictions[target];
        return DeLong.Estimate(list.Select(p => p.Previous).ToArray(), list.Select(p => p.Outcome).ToArray());
    }

    /// <summary>
    /// Gets the logistic recalibration of the out-of-time forecasts for "requires improvement or inadequate": the
    /// intercept a and slope b of the logistic regression of the outcomes on the forecasts' log-odds, pooled over the
    /// scored years. A slope below 1 says the fitted models were over-confident out of time; the intercept corrects
    /// the drift of the base rate. (0, 1) when the forecasts carry no positive slope.
    /// </summary>
    /// <returns>The intercept and slope.</returns>
    public (double Intercept, double Slope) Recalibration()
    {
        var list = predictions[EarlyWarningTarget.RequiresImprovementOrWorse];
        var x = list.Select(p => (IReadOnlyList<double>)new[] { Math.Log(p.Model / (1 - p.Model)) }).ToArray();
        var fit = RidgeLogisticRegression.Fit(x, list.Select(p => p.Outcome).ToArray(), 0);
        return fit.Coefficients[0] > 0 ? (fit.Intercept, fit.Coefficients[0]) : (0, 1);
    }

    /// <summary>
    /// Gets the model as it would ship — fitted on every graded inspection up to the last year, for "requires
    /// improvement or inadequate" — as a logistic-score rule: its terms, intercept, covariance and standardisation,
    /// the out-of-time recalibration (<see cref="Recalibration"/>) and the provenance of the fit.
    /// </summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity of the finding when the probability is at least <paramref name="raiseAt"/>.</param>
    /// <param name="raiseAt">The probability from which the finding takes the severity.</param>
    /// <param name="source">The data and code the model was fitted with, in words.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">An argument is not valid for <see cref="Assurance.LogisticScoreRule"/>.</exception>
    /// <exception cref="InvalidOperationException">No feature was usable, so the model is only the base rate.</exception>
    public Assurance.LogisticScoreRule ToRule(string id, Severity severity, double raiseAt, string source, string? title = null)
    {
        if (shipped.Sources.Any(s => s < 0))
        {
            throw new InvalidOperationException("No feature was usable in the training data: the model is only the base rate and is not shipped as a rule.");
        }
        var terms = Enumerable.Range(0, shipped.Sources.Length).Select(j => new Assurance.LogisticScoreTerm(
            Features[shipped.Sources[j]].Name, shipped.Fit.Coefficients[j], shipped.Means[j], shipped.StandardDeviations[j], shipped.MissingFlags[j])).ToArray();
        var k = terms.Length + 1;
        var covariance = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                // Averaged with its transpose, so rounding in the inversion never breaks the symmetry the rule checks.
                covariance[(a * k) + b] = 0.5 * (shipped.Fit.Covariance(a, b) + shipped.Fit.Covariance(b, a));
            }
        }
        var (intercept, slope) = Recalibration();
        var fit = new Assurance.LogisticScoreFit(
            "ridge logistic regression on standardised features (penalty by 5-fold cross-validation on the training set), recalibrated on the out-of-time forecasts of "
            + FirstEvaluationYear.ToString(CultureInfo.InvariantCulture) + "–" + LastEvaluationYear.ToString(CultureInfo.InvariantCulture),
            shipped.Fit.Lambda, shippedCases, shippedPositives, shippedFrom, shippedTo, source);
        return new Assurance.LogisticScoreRule(id, severity, "requires improvement or inadequate at the next ILACS inspection", raiseAt, shipped.Fit.Intercept, terms, covariance, fit,
            intercept, slope, title);
    }

    /// <summary>Writes the report's tables as Markdown (LF line ends, invariant culture).</summary>
    /// <returns>The Markdown.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        if (deprivation is not null)
        {
            text.Append("Deprivation baseline: indicator `").Append(deprivation)
                .Append("`, fitted like the others; where no figure of it was published by an inspection, the council's earliest figure is used (back-cast, which can only favour the baseline).\n\n");
        }
        WriteGoal(text);
        foreach (var target in new[] { EarlyWarningTarget.RequiresImprovementOrWorse, EarlyWarningTarget.Inadequate, EarlyWarningTarget.WorseThanPrevious })
        {
            text.Append("#### Target: ").Append(TargetName(target)).Append("\n\n");
            WriteDiscrimination(text, predictions[target]);
        }
        var ri = predictions[EarlyWarningTarget.RequiresImprovementOrWorse];
        text.Append("#### Calibration of the model (requires improvement or inadequate, all scored inspections, five groups of equal size)\n\n");
        text.Append("| group | inspections | forecast range | mean forecast | observed | observed 95% interval |\n|---|---:|---|---:|---:|---|\n");
        var table = CalibrationTable.Create(ri.Select(p => p.Model).ToArray(), ri.Select(p => p.Outcome).ToArray(), 5);
        var g = 0;
        foreach (var group in table.Groups)
        {
            text.Append("| ").Append(Int(++g)).Append(" | ").Append(Int(group.Cases)).Append(" | ").Append(F2(group.Lowest)).Append('–').Append(F2(group.Highest))
                .Append(" | ").Append(F2(group.MeanForecast)).Append(" | ").Append(F2(group.Observed)).Append(" | ")
                .Append(F2(group.ObservedInterval.Lower)).Append('–').Append(F2(group.ObservedInterval.Upper)).Append(" |\n");
        }
        text.Append("\n#### By year scored (requires improvement or inadequate)\n\n| year | training inspections | scored | RI or inadequate | model AUC | previous judgement AUC |\n|---|---:|---:|---:|---:|---:|\n");
        for (var year = FirstEvaluationYear; year <= LastEvaluationYear; year++)
        {
            var list = ri.Where(p => p.Case.Year == year).ToList();
            var trainingCount = learning.FirstOrDefault(l => l.Window == 0 && l.Year == year).TrainingCases;
            text.Append("| ").Append(Int(year)).Append(" | ").Append(list.Count == 0 ? "–" : Int(trainingCount)).Append(" | ").Append(Int(list.Count)).Append(" | ")
                .Append(Int(list.Count(p => p.Outcome))).Append(" | ").Append(Auc(list, p => p.Model)).Append(" | ").Append(Auc(list, p => p.Previous)).Append(" |\n");
        }
        text.Append("\n#### Learning curve (requires improvement or inadequate): AUC of the same scored inspections, training on the last *k* years only\n\n");
        text.Append("| training window | mean training inspections | AUC [95% CI] |\n|---|---:|---|\n");
        foreach (var window in new[] { 1, 2, 3, 0 })
        {
            var rows = learning.Where(l => l.Window == window).ToList();
            if (rows.Count == 0)
            {
                continue;
            }
            var byYear = rows.GroupBy(r => r.Year).Select(r => (double)r.First().TrainingCases).ToList();
            text.Append("| ").Append(window == 0 ? "all earlier years" : "last " + Int(window) + (window == 1 ? " year" : " years")).Append(" | ")
                .Append(Math.Round(byYear.Average()).ToString("0", CultureInfo.InvariantCulture)).Append(" | ");
            if (rows.Any(r => r.Outcome) && rows.Any(r => !r.Outcome))
            {
                var e = DeLong.Estimate(rows.Select(r => r.Score).ToArray(), rows.Select(r => r.Outcome).ToArray());
                text.Append(F3(e.Auc)).Append(" [").Append(F3(e.Interval().Lower)).Append(", ").Append(F3(e.Interval().Upper)).Append(']');
            }
            text.Append(" |\n");
        }
        var raised = ri.Count(p => p.Outcome);
        var flagged = ri.Count(p => p.Outcome && p.Model >= 0.5);
        var flaggedLeads = ri.Where(p => p.Outcome && p.Model >= 0.5).Select(p => p.LeadMonths).OrderBy(m => m).ToArray();
        text.Append("\n#### Lead time (requires improvement or inadequate)\n\n");
        text.Append("Of the ").Append(Int(raised)).Append(" inspections judged requires improvement or inadequate, the model put ").Append(Int(flagged))
            .Append(" at 50% or more the day before. ");
        if (flaggedLeads.Length > 0)
        {
            text.Append("For those, the model (same training fold, data published by each earlier date) had already put the council at 50% or more, without a break, for a median of ")
                .Append(Statistics.Percentiles.Type7(flaggedLeads, 0.5).ToString("0.#", CultureInfo.InvariantCulture)).Append(" months (quartiles ")
                .Append(Statistics.Percentiles.Type7(flaggedLeads, 0.25).ToString("0.#", CultureInfo.InvariantCulture)).Append('–')
                .Append(Statistics.Percentiles.Type7(flaggedLeads, 0.75).ToString("0.#", CultureInfo.InvariantCulture)).Append("; looked back at most ")
                .Append(Int(EarlyWarningEvaluation.MaxLeadMonths)).Append(" months).");
        }
        text.Append("\n\n#### The model as it would ship (fitted on all ").Append(Int(shippedCases)).Append(" graded inspections, requires improvement or inadequate)\n\n");
        text.Append("Penalty λ = ").Append(shipped.Fit.Lambda.ToString("0.###", CultureInfo.InvariantCulture)).Append(" (chosen by 5-fold cross-validation), intercept ")
            .Append(F3(shipped.Fit.Intercept)).Append(". The ten largest standardised coefficients (log-odds per standard deviation; positive means more likely requires improvement or inadequate):\n\n");
        text.Append("| feature | coefficient | training mean | training SD |\n|---|---:|---:|---:|\n");
        foreach (var j in Enumerable.Range(0, shipped.Sources.Length).Where(j => shipped.Sources[j] >= 0).OrderByDescending(j => Math.Abs(shipped.Fit.Coefficients[j])).ThenBy(j => j).Take(10))
        {
            var name = Features[shipped.Sources[j]].Name + (shipped.MissingFlags[j] ? " (none yet)" : string.Empty);
            text.Append("| ").Append(name).Append(" | ").Append(Signed(shipped.Fit.Coefficients[j])).Append(" | ").Append(F3(shipped.Means[j])).Append(" | ").Append(F3(shipped.StandardDeviations[j])).Append(" |\n");
        }
        text.Append('\n').Append(Int(Skipped.Length)).Append(" inspections left out").Append(Skipped.IsEmpty ? "." : ":").Append('\n');
        foreach (var s in Skipped)
        {
            text.Append("- ").Append(s).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// Issue 13's goal, each part checked with its figure, and which baselines the model beats: written from the
    /// predictions, so the verdict cannot drift from the tables when the data or the model change.
    /// </summary>
    private void WriteGoal(StringBuilder text)
    {
        var all = predictions[EarlyWarningTarget.RequiresImprovementOrWorse];
        var repeat = all.Where(p => p.Case.IsRepeat).ToList();
        text.Append("#### The goal, checked (requires improvement or inadequate, out of time, ").Append(Int(FirstEvaluationYear)).Append('–').Append(Int(LastEvaluationYear))
            .Append(")\n\n| goal | result | met |\n|---|---|---|\n");
        if (!CanEstimate(all))
        {
            text.Append("| all three | too few scored inspections of a class to estimate an AUC | no |\n\n");
            return;
        }
        var e = DeLong.Estimate(all.Select(p => p.Model).ToArray(), all.Select(p => p.Outcome).ToArray());
        text.Append("| AUC ≥ 0.75 over all ").Append(Int(all.Count)).Append(" scored inspections | ").Append(F3(e.Auc)).Append(" [").Append(F3(e.Interval().Lower))
            .Append(", ").Append(F3(e.Interval().Upper)).Append("] | ").Append(e.Auc >= 0.75 ? "yes" : "no").Append(" |\n");
        text.Append("| significantly above deprivation alone (paired DeLong p < 0.05) | ");
        if (deprivation is null)
        {
            text.Append("no deprivation measure in the data | not tested |\n");
        }
        else
        {
            var c = Compare(all, p => p.Deprivation!.Value);
            text.Append(F3(c.First.Auc)).Append(" vs ").Append(F3(c.Second.Auc)).Append(" (").Append(Signed(c.Difference)).Append(", p ").Append(P(c.PValue)).Append(") | ")
                .Append(c.Difference > 0 && c.PValue < 0.05 ? "yes" : "no").Append(" |\n");
        }
        text.Append("| above the previous judgement on the ").Append(Int(repeat.Count)).Append(" repeat inspections | ");
        if (CanEstimate(repeat))
        {
            var c = Compare(repeat, p => p.Previous);
            text.Append(F3(c.First.Auc)).Append(" vs ").Append(F3(c.Second.Auc)).Append(" (").Append(Signed(c.Difference)).Append(", p ").Append(P(c.PValue)).Append(") | ")
                .Append(c.Difference > 0 ? (c.PValue < 0.05 ? "yes" : "higher, not significantly") : "no").Append(" |\n");
        }
        else
        {
            text.Append("too few repeat inspections of a class | not tested |\n");
        }
        var beaten = new List<string>();
        var higher = new List<string>();
        var notHigher = new List<string>();
        void Sort(string name, List<Prediction> list, Func<Prediction, double> baseline)
        {
            if (!CanEstimate(list))
            {
                return;
            }
            var c = Compare(list, baseline);
            var entry = name + " (" + Signed(c.Difference) + ", p " + P(c.PValue) + ")";
            (c.Difference > 0 && c.PValue < 0.05 ? beaten : c.Difference > 0 ? higher : notHigher).Add(entry);
        }
        Sort("previous judgement", all, p => p.Previous);
        if (deprivation is not null)
        {
            Sort("deprivation", all, p => p.Deprivation!.Value);
        }
        if (hasRuleLevels)
        {
            Sort("rule level", all.Where(p => p.Case.RuleLevel.HasValue).ToList(), p => p.Case.RuleLevel!.Value);
        }
        Sort("base rate", all, p => p.BaseRate);
        text.Append("\nOver all scored inspections the model is significantly above (p < 0.05): ").Append(List(beaten))
            .Append("; above, but not significantly: ").Append(List(higher)).Append("; not above: ").Append(List(notHigher)).Append(".\n\n");
    }

    private static AucComparison Compare(List<Prediction> list, Func<Prediction, double> baseline) =>
        DeLong.ComparePaired(list.Select(p => p.Model).ToArray(), list.Select(baseline).ToArray(), list.Select(p => p.Outcome).ToArray());

    private static string List(List<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    private static string P(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private void WriteDiscrimination(StringBuilder text, List<Prediction> all)
    {
        var subsets = new[] { ("all scored", all), ("first inspections", all.Where(p => !p.Case.IsRepeat).ToList()), ("repeat inspections", all.Where(p => p.Case.IsRepeat).ToList()) };
        text.Append("| inspections | n | positive | model AUC [95% CI] | previous judgement | deprivation | rule level | base rate |\n|---|---:|---:|---|---:|---:|---:|---:|\n");
        foreach (var (name, list) in subsets)
        {
            text.Append("| ").Append(name).Append(" | ").Append(Int(list.Count)).Append(" | ").Append(Int(list.Count(p => p.Outcome))).Append(" | ");
            if (!CanEstimate(list))
            {
                text.Append("– | – | – | – | – |\n");
                continue;
            }
            var e = DeLong.Estimate(list.Select(p => p.Model).ToArray(), list.Select(p => p.Outcome).ToArray());
            text.Append(F3(e.Auc)).Append(" [").Append(F3(e.Interval().Lower)).Append(", ").Append(F3(e.Interval().Upper)).Append("] | ")
                .Append(Auc(list, p => p.Previous)).Append(" | ").Append(deprivation is null ? "n/a" : Auc(list, p => p.Deprivation!.Value)).Append(" | ")
                .Append(hasRuleLevels ? Auc(list.Where(p => p.Case.RuleLevel.HasValue).ToList(), p => p.Case.RuleLevel!.Value) : "n/a").Append(" | ")
                .Append(Auc(list, p => p.BaseRate)).Append(" |\n");
        }
        text.Append("\nPaired DeLong test, model minus baseline (difference in AUC, two-sided p):\n\n| inspections | vs previous judgement | vs deprivation | vs rule level | vs base rate |\n|---|---|---|---|---|\n");
        foreach (var (name, list) in subsets)
        {
            text.Append("| ").Append(name).Append(" | ");
            if (!CanEstimate(list))
            {
                text.Append("– | – | – | – |\n");
                continue;
            }
            text.Append(Paired(list, p => p.Previous)).Append(" | ").Append(deprivation is null ? "n/a" : Paired(list, p => p.Deprivation!.Value)).Append(" | ")
                .Append(hasRuleLevels ? Paired(list.Where(p => p.Case.RuleLevel.HasValue).ToList(), p => p.Case.RuleLevel!.Value) : "n/a").Append(" | ")
                .Append(Paired(list, p => p.BaseRate)).Append(" |\n");
        }
        text.Append("\nForecast accuracy (Brier score, lower is better; model with a stratified bootstrap 95% interval, ")
            .Append(Int(BootstrapReplicates)).Append(" replicates) and precision among the 20 highest-risk inspections:\n\n")
            .Append("| inspections | Brier model | Brier previous judgement | Brier deprivation | Brier base rate | precision@20 model | precision@20 previous judgement | share positive |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (name, list) in subsets)
        {
            text.Append("| ").Append(name).Append(" | ");
            if (!CanEstimate(list))
            {
                text.Append("– | – | – | – | – | – | – |\n");
                continue;
            }
            var outcomes = list.Select(p => p.Outcome).ToArray();
            var model = list.Select(p => p.Model).ToArray();
            var ci = Bootstrap.StratifiedPercentile(outcomes, idx => BrierOf(model, outcomes, idx), BootstrapReplicates, BootstrapSeed);
            text.Append(F3(BrierScore.Compute(model, outcomes))).Append(" [").Append(F3(ci.Lower)).Append(", ").Append(F3(ci.Upper)).Append("] | ")
                .Append(F3(BrierScore.Compute(list.Select(p => p.Previous).ToArray(), outcomes))).Append(" | ")
                .Append(deprivation is null ? "n/a" : F3(BrierScore.Compute(list.Select(p => p.Deprivation!.Value).ToArray(), outcomes))).Append(" | ")
                .Append(F3(BrierScore.Compute(list.Select(p => p.BaseRate).ToArray(), outcomes))).Append(" | ")
                .Append(PrecisionAt20(list, p => p.Model)).Append(" | ").Append(PrecisionAt20(list, p => p.Previous)).Append(" | ")
                .Append(F2((double)outcomes.Count(o => o) / outcomes.Length)).Append(" |\n");
        }
        text.Append('\n');
    }

    private static bool CanEstimate(List<Prediction> list) => list.Count(p => p.Outcome) >= 2 && list.Count(p => !p.Outcome) >= 2;

    private static double BrierOf(double[] p, bool[] y, int[] idx)
    {
        var sum = 0.0;
        foreach (var i in idx)
        {
            var d = p[i] - (y[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / idx.Length;
    }

    /// <summary>The share positive among the 20 highest scores; ties at the cut are shared out by their share positive (no dependence on order).</summary>
    private static string PrecisionAt20(List<Prediction> list, Func<Prediction, double> score)
    {
        if (list.Count < 20)
        {
            return "–";
        }
        var sorted = list.Select(score).OrderByDescending(s => s).ToArray();
        var cut = sorted[19];
        var above = list.Where(p => score(p) > cut).ToList();
        var at = list.Where(p => score(p) == cut).ToList();
        var positives = above.Count(p => p.Outcome) + ((20.0 - above.Count) * at.Count(p => p.Outcome) / at.Count);
        return F2(positives / 20);
    }

    private static string Auc(List<Prediction> list, Func<Prediction, double> score) =>
        CanEstimate(list) ? F3(Discrimination.AreaUnderCurve(list.Select(score).ToArray(), list.Select(p => p.Outcome).ToArray())) : "–";

    private static string Paired(List<Prediction> list, Func<Prediction, double> baseline)
    {
        if (!CanEstimate(list))
        {
            return "–";
        }
        var c = Compare(list, baseline);
        return Signed(c.Difference) + ", p " + P(c.PValue);
    }

    private static string TargetName(EarlyWarningTarget target) => target switch
    {
        EarlyWarningTarget.RequiresImprovementOrWorse => "requires improvement or inadequate",
        EarlyWarningTarget.Inadequate => "inadequate",
        _ => "worse than the previous judgement (repeat inspections only)",
    };

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F2(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static string F3(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture);
}
