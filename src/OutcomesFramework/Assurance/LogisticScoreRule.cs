using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Inspections;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// A fitted logistic score: named features (<see cref="LogisticScoreTerm"/>), each standardised with its training
/// mean and standard deviation, their coefficients and an intercept, the approximate covariance of the estimates,
/// an optional recalibration, and the provenance of the fit (<see cref="LogisticScoreFit"/>). It raises one finding
/// about the authority as a whole carrying the probability, its 95% interval and each feature's contribution
/// (<see cref="Finding.Risk"/>): at the rule's severity when the probability is at least <see cref="RaiseAt"/>, as
/// information otherwise — so every authority's probability is always reported.
/// </summary>
/// <remarks>
/// <para>The score is η = β₀ + Σ βⱼ zⱼ with zⱼ = (xⱼ − meanⱼ) / sdⱼ; a missing value counts as its mean (zⱼ = 0), a
/// missing-value indicator term reads 1 when its feature is missing. The calibrated probability is
/// 1 / (1 + e^−(a + b η)) with the calibration intercept a and slope b (0 and 1 when not recalibrated). The interval
/// is η ± 1.96 √(z̃ᵀ Σ z̃), z̃ = (1, z), mapped the same way (Σ from the penalised fit: the Laplace approximation).
/// Each contribution is b βⱼ zⱼ, on the log-odds scale of the calibrated probability.</para>
/// <para>The kind is closed like the others: a feature is an indicator's latest published value, its change on the
/// period before, or the previous Ofsted judgement — no expressions.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LogisticScoreRule : AssuranceRule
{
    /// <summary>The number of contributions named in the finding's message.</summary>
    internal const int ContributionsInMessage = 3;

    private const double Z95 = 1.959963984540054;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity of the finding when the probability is at least <paramref name="raiseAt"/>.</param>
    /// <param name="target">What the probability is of, in words ("requires improvement or inadequate at the next inspection").</param>
    /// <param name="raiseAt">The probability, in (0, 1), from which the finding takes the rule's severity.</param>
    /// <param name="intercept">The intercept β₀ (finite).</param>
    /// <param name="terms">The terms (at least one; each feature at most once as a value and once as a missing-value indicator).</param>
    /// <param name="covariance">The covariance of (β₀, β₁, …), row-major, (terms + 1)² finite values, symmetric, with a diagonal of at least 0.</param>
    /// <param name="fit">The provenance of the fit.</param>
    /// <param name="calibrationIntercept">The calibration intercept a (0 when not recalibrated).</param>
    /// <param name="calibrationSlope">The calibration slope b, above 0 (1 when not recalibrated).</param>
    /// <param name="title">A title, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The id is not valid, the severity undefined, a term repeats, a number is out of range or not finite, or the covariance has the wrong size or is not symmetric.</exception>
    public LogisticScoreRule(
        string id,
        Severity severity,
        string target,
        double raiseAt,
        double intercept,
        IEnumerable<LogisticScoreTerm> terms,
        IEnumerable<double> covariance,
        LogisticScoreFit fit,
        double calibrationIntercept = 0,
        double calibrationSlope = 1,
        string? title = null)
        : base(id, severity, title)
    {
        Target = Preconditions.CheckNotBlank(target, nameof(target)).Trim();
        Preconditions.CheckArgument(raiseAt > 0 && raiseAt < 1, nameof(raiseAt), "The probability that raises the finding ({0}) must be between 0 and 1.", raiseAt);
        RaiseAt = raiseAt;
        Preconditions.CheckArgument(IsFinite(intercept), nameof(intercept), "The intercept {0} is not a finite number.", intercept);
        Intercept = intercept;
        Terms = Preconditions.CheckNotNull(terms, nameof(terms)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Terms, nameof(terms));
        Preconditions.CheckArgument(Terms.Length > 0, nameof(terms), "A logistic score needs at least one term.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Terms)
        {
            Preconditions.CheckArgument(seen.Add(t.Feature + (t.MissingIndicator ? "\u0000missing" : string.Empty)), nameof(terms),
                "Feature '{0}' is listed twice (a feature may appear once as a value and once as a missing-value indicator).", t.Feature);
        }
        Covariance = Preconditions.CheckNotNull(covariance, nameof(covariance)).ToImmutableArray();
        var k = Terms.Length + 1;
        Preconditions.CheckArgument(Covariance.Length == k * k, nameof(covariance), "The covariance must have (terms + 1)² = {0} values: one row and column for the intercept and each term.", k * k);
        for (var a = 0; a < k; a++)
        {
            Preconditions.CheckArgument(Covariance[(a * k) + a] >= 0 && IsFinite(Covariance[(a * k) + a]), nameof(covariance), "Diagonal element {0} of the covariance is negative or not finite.", a);
            for (var b = 0; b < a; b++)
            {
                var x = Covariance[(a * k) + b];
                var y = Covariance[(b * k) + a];
                Preconditions.CheckArgument(IsFinite(x) && IsFinite(y) && Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y))), nameof(covariance),
                    "The covariance is not symmetric (row {0}).", a);
            }
        }
        Fit = Preconditions.CheckNotNull(fit, nameof(fit));
        Preconditions.CheckArgument(IsFinite(calibrationIntercept), nameof(calibrationIntercept), "The calibration intercept {0} is not a finite number.", calibrationIntercept);
        Preconditions.CheckArgument(calibrationSlope > 0 && IsFinite(calibrationSlope), nameof(calibrationSlope), "The calibration slope {0} must be a finite number above 0.", calibrationSlope);
        CalibrationIntercept = calibrationIntercept;
        CalibrationSlope = calibrationSlope;
        covarianceMatrix = Covariance.ToArray();
        sameIndicatorAs = new int[Terms.Length];
        for (var j = 0; j < Terms.Length; j++)
        {
            sameIndicatorAs[j] = -1;
            for (var i = 0; i < j && Terms[j].IndicatorId is not null; i++)
            {
                if (string.Equals(Terms[i].IndicatorId, Terms[j].IndicatorId, StringComparison.Ordinal))
                {
                    sameIndicatorAs[j] = i;
                    break;
                }
            }
        }
        featureNames = Terms.Select(t => t.MissingIndicator ? t.Feature + ":missing" : t.Feature).ToArray();
        evidenceNames = featureNames.Select(n => "contribution " + n).ToArray();
    }

    // Written once per rule, not once per council and term.
    private readonly string[] featureNames;
    private readonly double[] covarianceMatrix;

    // For each term, an earlier term reading the same indicator (a value and its change), or −1.
    private readonly int[] sameIndicatorAs;
    private readonly string[] evidenceNames;

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.LogisticScore;

    /// <summary>Gets what the probability is of, in words.</summary>
    public string Target { get; }

    /// <summary>Gets the probability from which the finding takes the rule's severity.</summary>
    public double RaiseAt { get; }

    /// <summary>Gets the intercept β₀.</summary>
    public double Intercept { get; }

    /// <summary>Gets the terms.</summary>
    public ImmutableArray<LogisticScoreTerm> Terms { get; }

    /// <summary>Gets the covariance of (β₀, β₁, …), row-major.</summary>
    public ImmutableArray<double> Covariance { get; }

    /// <summary>Gets the provenance of the fit.</summary>
    public LogisticScoreFit Fit { get; }

    /// <summary>Gets the calibration intercept a.</summary>
    public double CalibrationIntercept { get; }

    /// <summary>Gets the calibration slope b.</summary>
    public double CalibrationSlope { get; }

    /// <summary>Scores one authority: the probability, its interval and each feature's contribution.</summary>
    /// <param name="evidence">The authority's evidence.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The parameters are so large that the score overflows.</exception>
    public RiskEstimate Score(AreaEvidence evidence) => Score(evidence, out _);

    /// <summary>The score, and for each ranked contribution the index of its term (so the finding names it without a search).</summary>
    private RiskEstimate Score(AreaEvidence evidence, out RankKey[] ranking)
    {
        Preconditions.CheckNotNull(evidence, nameof(evidence));
        var k = Terms.Length + 1;
        var z = new double[k];
        z[0] = 1;
        var raw = new double?[Terms.Length];
        var indicators = new IndicatorEvidence?[Terms.Length];
        var eta = Intercept;
        for (var j = 0; j < Terms.Length; j++)
        {
            var t = Terms[j];
            if (t.IndicatorId is { } id)
            {
                // A value and its change share one indicator: look it up once.
                indicators[j] = sameIndicatorAs[j] >= 0 ? indicators[sameIndicatorAs[j]] : evidence.FindIndicator(id);
            }
            raw[j] = Read(t, indicators[j], evidence);
            z[j + 1] = t.MissingIndicator
                ? ((raw[j] is null ? 1 : 0) - t.Mean) / t.StandardDeviation
                : raw[j] is { } v ? (v - t.Mean) / t.StandardDeviation : 0;
            eta += t.Coefficient * z[j + 1];
        }
        var variance = QuadraticForm(covarianceMatrix, z, k);
        var se = Math.Sqrt(Math.Max(0, variance));
        if (double.IsNaN(eta) || double.IsInfinity(eta) || double.IsNaN(se))
        {
            // Only absurd parameters (coefficients near the largest double) get here; say so rather than report a NaN.
            throw new InvalidOperationException("The logistic score of rule '" + Id + "' overflows for " + evidence.Area.Name + ": its coefficients, means or covariance are too large to compute with.");
        }
        var contributions = new FeatureContribution[Terms.Length];
        for (var j = 0; j < Terms.Length; j++)
        {
            var c = CalibrationSlope * Terms[j].Coefficient * z[j + 1];
            if (double.IsNaN(c) || double.IsInfinity(c))
            {
                throw new InvalidOperationException("The contribution of feature '" + Terms[j].Feature + "' in rule '" + Id + "' overflows for " + evidence.Area.Name + ".");
            }
            var term = Terms[j];
            var value = raw[j];
            contributions[j] = new FeatureContribution(featureNames[j], term.MissingIndicator ? (value is null ? 1 : 0) : value, c,
                () => Describe(term, value, evidence) + ": " + FeatureContribution.Signed(c));
        }
        // Largest in size first; ties keep the terms' order: sorted on (−|contribution|, term index), a unique key, so
        // the unstable sort gives one order (value-type keys: no delegate call per comparison, no LINQ per council).
        var keys = new RankKey[contributions.Length];
        for (var j = 0; j < keys.Length; j++)
        {
            keys[j] = new RankKey(-Math.Abs(contributions[j].Contribution), j);
        }
        Array.Sort(keys);
        ranking = keys;
        var ordered = new FeatureContribution[keys.Length];
        for (var j = 0; j < keys.Length; j++)
        {
            ordered[j] = contributions[keys[j].Term];
        }
        return new RiskEstimate(Target, Calibrated(eta), Calibrated(eta - (Z95 * se)), Calibrated(eta + (Z95 * se)), ordered);
    }

    /// <summary>
    /// zᵀΣz, as Σₐ zₐ (Σᵦ Σₐᵦ zᵦ) with each inner sum in column order; four rows' sums run side by side so each
    /// addition does not wait for the one before (the same operations, so the same bits, as one row at a time).
    /// </summary>
    private static double QuadraticForm(double[] covariance, double[] z, int k)
    {
        var variance = 0.0;
        var a = 0;
        for (; a + 3 < k; a += 4)
        {
            var o0 = a * k;
            var o1 = o0 + k;
            var o2 = o1 + k;
            var o3 = o2 + k;
            double r0 = 0, r1 = 0, r2 = 0, r3 = 0;
            for (var b = 0; b < k; b++)
            {
                var zb = z[b];
                r0 += covariance[o0 + b] * zb;
                r1 += covariance[o1 + b] * zb;
                r2 += covariance[o2 + b] * zb;
                r3 += covariance[o3 + b] * zb;
            }
            variance += z[a] * r0;
            variance += z[a + 1] * r1;
            variance += z[a + 2] * r2;
            variance += z[a + 3] * r3;
        }
        for (; a < k; a++)
        {
            var row = 0.0;
            for (var b = 0; b < k; b++)
            {
                row += covariance[(a * k) + b] * z[b];
            }
            variance += z[a] * row;
        }
        return variance;
    }

    private double Calibrated(double eta)
    {
        var x = CalibrationIntercept + (CalibrationSlope * eta);
        return x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
    }

    /// <summary>The feature's value for the authority, or null when missing.</summary>
    private static double? Read(LogisticScoreTerm term, IndicatorEvidence? e, AreaEvidence evidence)
    {
        if (term.IsPreviousJudgement)
        {
            return evidence.LatestGradedInspection?.OverallEffectiveness is { } g ? (int)g : null;
        }
        if (e is null)
        {
            return null;
        }
        // The last two published points, by index (no copies of the points while scanning).
        var history = e.History;
        var last = -1;
        var before = -1;
        for (var i = history.Length - 1; i >= 0; i--)
        {
            if (history.ItemRef(i).Value is null)
            {
                continue;
            }
            if (last < 0)
            {
                last = i;
            }
            else
            {
                before = i;
                break;
            }
        }
        if (last < 0)
        {
            return e.Value;
        }
        ref readonly var latest = ref history.ItemRef(last);
        if (!term.IsChange)
        {
            return latest.Value!.Value;
        }
        if (before < 0)
        {
            return null;
        }
        ref readonly var previous = ref history.ItemRef(before);
        return previous.Period.IsFollowedBy(latest.Period) ? latest.Value!.Value - previous.Value : null;
    }

    private static string Describe(LogisticScoreTerm term, double? value, AreaEvidence evidence)
    {
        if (term.IsPreviousJudgement)
        {
            var latest = evidence.LatestGradedInspection;
            if (term.MissingIndicator)
            {
                return latest is null ? "No graded inspection yet" : "A graded inspection already (not a first inspection)";
            }
            return latest?.OverallEffectiveness is { } g
                ? "Previous overall judgement " + g.Describe().ToLowerInvariant() + " (inspected " + LogisticScoreFit.Iso(latest.InspectionDate) + ")"
                : "No previous judgement (counted as the training average)";
        }
        var e = evidence.FindIndicator(term.IndicatorId!);
        var name = e?.Indicator.Title ?? term.IndicatorId!;
        if (term.MissingIndicator)
        {
            // The value here is the feature's own (null when missing), not the 0/1 flag: testing it for 1 described a
            // missing figure as "published" and a published value of exactly 1 as missing.
            return name + (value is null ? ": no published figure" : ": published");
        }
        if (value is not { } v)
        {
            return (term.IsChange ? "Change in " + name : name) + ": no published figure (counted as the training average)";
        }
        if (term.IsChange)
        {
            var text = e is null ? AssuranceText.Number(v, 2) : AssuranceText.Value(e.Indicator, v);
            return "Change in " + name + " on the period before " + (v > 0 ? "+" : string.Empty) + text;
        }
        var england = e?.EnglandValue is { } ev ? " (England " + AssuranceText.Value(e.Indicator, ev) + ")" : string.Empty;
        return name + " " + (e is null ? AssuranceText.Number(v, 2) : AssuranceText.Value(e.Indicator, v)) + england;
    }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new LogisticScoreRule(id, severity, Target, RaiseAt, Intercept, Terms, Covariance, Fit, CalibrationIntercept, CalibrationSlope, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (LogisticScoreRule)other;
        return string.Equals(Target, o.Target, StringComparison.Ordinal)
            && RaiseAt.Equals(o.RaiseAt)
            && Intercept.Equals(o.Intercept)
            && Terms.SequenceEqual(o.Terms)
            && Covariance.SequenceEqual(o.Covariance)
            && Fit.Equals(o.Fit)
            && CalibrationIntercept.Equals(o.CalibrationIntercept)
            && CalibrationSlope.Equals(o.CalibrationSlope);
    }

    internal override void Validate(Framework framework, Action<string, string> report)
    {
        for (var i = 0; i < Terms.Length; i++)
        {
            if (Terms[i].IndicatorId is { } id && framework.FindIndicator(id) is null)
            {
                report("terms[" + i.ToString(CultureInfo.InvariantCulture) + "].feature", "Unknown indicator '" + id + "': the framework '" + framework.Id + "' has no such indicator.");
            }
        }
    }

    internal override void Evaluate(RuleContext context)
    {
        var risk = Score(context.Area, out var ranking);
        var severity = risk.Probability >= RaiseAt ? Severity : Severity.Information;
        var evidence = new EvidenceValue[3 + risk.Contributions.Length];
        evidence[0] = new EvidenceValue("probability", risk.Probability);
        evidence[1] = new EvidenceValue("lower 95%", risk.Lower);
        evidence[2] = new EvidenceValue("upper 95%", risk.Upper);
        for (var j = 0; j < risk.Contributions.Length; j++)
        {
            // Largest first, as the message cites them; the name is the term's, written once per rule.
            var c = risk.Contributions[j];
            evidence[3 + j] = new EvidenceValue(evidenceNames[ranking[j].Term], c.Contribution);
        }
        var raised = severity == Severity;
        context.Add(this, severity, () => "Estimated probability of " + Target + ": " + risk.Describe()
            + (raised ? ", at or above " : ", below ") + RiskEstimate.Format(RaiseAt)
            + ". Largest contributions: " + string.Join("; ", risk.Contributions.Take(ContributionsInMessage).Select(c => c.Description)) + ".", evidence, risk);
    }

    private static bool IsFinite(double x) => !double.IsNaN(x) && !double.IsInfinity(x);

    /// <summary>A contribution's place in the ranking: its negated size, then its term's position.</summary>
    private readonly struct RankKey : IComparable<RankKey>
    {
        public RankKey(double key, int term)
        {
            Key = key;
            Term = term;
        }

        public double Key { get; }

        public int Term { get; }

        public int CompareTo(RankKey other)
        {
            var c = Key.CompareTo(other.Key);
            return c != 0 ? c : Term.CompareTo(other.Term);
        }
    }
}
