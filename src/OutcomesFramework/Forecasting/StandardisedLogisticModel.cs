using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OutcomesFramework.Statistics.Classification;

namespace OutcomesFramework.Forecasting;

/// <summary>
/// A ridge logistic model on standardised features, fitted on one training set: the feature means and standard
/// deviations come from that set alone, the penalty is chosen by cross-validation inside it, so nothing about the
/// cases it is later scored on leaks into it.
/// </summary>
/// <remarks>
/// Missing values: a feature missing for a case is set to the training mean (0 after standardisation), so it adds
/// nothing to the score; for the previous judgement, whose absence means "first inspection", an explicit 0/1 column
/// "no previous judgement" is added. Features present for fewer than half of the training cases, or constant there,
/// are left out of that fit.
/// </remarks>
internal sealed class StandardisedLogisticModel
{
    public static readonly double[] LambdaGrid = { 1, 3, 10, 30, 100, 300 };

    private StandardisedLogisticModel(int[] sources, bool[] missingFlags, double[] means, double[] sds, LogisticFit fit, double baseRate)
    {
        Sources = sources;
        MissingFlags = missingFlags;
        Means = means;
        StandardDeviations = sds;
        Fit = fit;
        BaseRate = baseRate;
    }

    /// <summary>For each model column, the index of the feature it reads.</summary>
    public int[] Sources { get; }

    /// <summary>For each model column, whether it is the "feature missing" flag rather than the value.</summary>
    public bool[] MissingFlags { get; }

    public double[] Means { get; }

    public double[] StandardDeviations { get; }

    public LogisticFit Fit { get; }

    public double BaseRate { get; }

    public static StandardisedLogisticModel Train(IReadOnlyList<EarlyWarningFeature> features, IReadOnlyList<double[]> raw, IReadOnlyList<bool> outcomes, double? lambda = null, int folds = 5)
    {
        var n = raw.Count;
        var sources = new List<int>();
        var flags = new List<bool>();
        var means = new List<double>();
        var sds = new List<double>();
        for (var f = 0; f < features.Count; f++)
        {
            var present = raw.Where(r => !double.IsNaN(r[f])).Select(r => r[f]).ToArray();
            if (features[f].Kind == EarlyWarningFeatureKind.PreviousJudgement && present.Length < n && present.Length > 0)
            {
                var share = 1 - ((double)present.Length / n);
                var sdFlag = Math.Sqrt(share * (1 - share));
                sources.Add(f);
                flags.Add(true);
                means.Add(share);
                sds.Add(sdFlag);
            }
            else if (present.Length * 2 < n)
            {
                continue;
            }
            if (present.Length < 2)
            {
                continue;
            }
            var mean = present.Average();
            var sd = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1));
            if (!(sd > 1e-12))
            {
                continue;
            }
            sources.Add(f);
            flags.Add(false);
            means.Add(mean);
            sds.Add(sd);
        }
        var baseRate = (double)outcomes.Count(o => o) / n;
        var columns = sources.Count;
        if (columns == 0)
        {
            // Nothing usable: the model is the training base rate.
            sources.Add(-1);
            flags.Add(false);
            means.Add(0);
            sds.Add(1);
        }
        var s = sources.ToArray();
        var fl = flags.ToArray();
        var m = means.ToArray();
        var d = sds.ToArray();
        var x = new double[n * s.Length];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            Standardise(raw[i], s, fl, m, d, x, i * s.Length);
            y[i] = outcomes[i] ? 1 : 0;
        }
        var chosen = lambda ?? ChooseLambda(x, y, n, s.Length, folds);
        return new StandardisedLogisticModel(s, fl, m, d, RidgeLogisticRegression.FitRowMajor(x, n, s.Length, y, chosen), baseRate);
    }

    public double[] Standardise(double[] raw)
    {
        var z = new double[Sources.Length];
        Standardise(raw, Sources, MissingFlags, Means, StandardDeviations, z, 0);
        return z;
    }

    public double Probability(double[] raw) => Fit.Probability(Standardise(raw));

    private static void Standardise(double[] raw, int[] sources, bool[] flags, double[] means, double[] sds, double[] into, int offset)
    {
        for (var j = 0; j < sources.Length; j++)
        {
            if (sources[j] < 0)
            {
                into[offset + j] = 0;
                continue;
            }
            var v = raw[sources[j]];
            into[offset + j] = flags[j]
                ? ((double.IsNaN(v) ? 1 : 0) - means[j]) / sds[j]
                : double.IsNaN(v) ? 0 : (v - means[j]) / sds[j];
        }
    }

    /// <summary>The penalty with the smallest held-out deviance over deterministic folds (case i in fold i mod k) of the training set.</summary>
    /// <remarks>
    /// The grid × folds fits are independent, so they run in parallel; each is stored in its own slot and the
    /// deviances are then summed in grid, fold and case order on one thread, so the choice is the same for any number
    /// of threads.
    /// </remarks>
    private static double ChooseLambda(double[] x, double[] y, int n, int p, int folds)
    {
        // Each fold's training matrix once, shared (read-only) by the fits of every grid point.
        var matrices = new (double[] X, double[] Y, int Rows)[folds];
        for (var fold = 0; fold < folds && fold < n; fold++)
        {
            var rows = n - ((n - fold + folds - 1) / folds);
            var xt = new double[rows * p];
            var yt = new double[rows];
            for (int i = 0, r = 0; i < n; i++)
            {
                if (i % folds != fold)
                {
                    Array.Copy(x, i * p, xt, r * p, p);
                    yt[r++] = y[i];
                }
            }
            matrices[fold] = (xt, yt, rows);
        }
        var fits = new LogisticFit?[LambdaGrid.Length * folds];
        Parallel.For(0, fits.Length, job =>
        {
            var (xt, yt, rows) = matrices[job % folds];
            if (xt is null)
            {
                return;
            }
            try
            {
                fits[job] = RidgeLogisticRegression.FitRowMajor(xt, rows, p, yt, LambdaGrid[job / folds]);
            }
            catch (InvalidOperationException)
            {
                // Did not converge: the grid point is ruled out below (a null slot with held-out cases).
            }
        });
        var best = LambdaGrid[LambdaGrid.Length - 1];
        var bestDeviance = double.PositiveInfinity;
        var row = new double[p];
        for (var g = 0; g < LambdaGrid.Length; g++)
        {
            var deviance = 0.0;
            for (var fold = 0; fold < folds; fold++)
            {
                if (fold >= n)
                {
                    // No held-out case in this fold.
                    continue;
                }
                var fit = fits[(g * folds) + fold];
                if (fit is null)
                {
                    deviance = double.PositiveInfinity;
                    break;
                }
                for (var i = fold; i < n; i += folds)
                {
                    Array.Copy(x, i * p, row, 0, p);
                    var prob = Math.Min(Math.Max(fit.Probability(row), 1e-12), 1 - 1e-12);
                    deviance -= 2 * ((y[i] * Math.Log(prob)) + ((1 - y[i]) * Math.Log(1 - prob)));
                }
            }
            if (deviance < bestDeviance)
            {
                bestDeviance = deviance;
                best = LambdaGrid[g];
            }
        }
        return best;
    }
}
