using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using OutcomesFramework.Scoring.Uncertainty;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Sensitivity;

/// <summary>
/// Variance-based global sensitivity analysis as COINr's <c>get_sensitivity(SA_type = "SA")</c> does it: two
/// independent uniform samples A and B of N rows over d inputs, and d matrices ABᵢ (A with column i from B), N(d + 2)
/// evaluations in all; then for each input the first-order index Sᵢ = mean(y_B · (y_ABᵢ − y_A)) / V (Saltelli et al.,
/// "Variance based sensitivity analysis of model output", Computer Physics Communications 181, 2010, table 2 (b)) and
/// the total-order index S_Tᵢ = Σ (y_A − y_ABᵢ)² / (2N·V) (Jansen 1999; Saltelli 2010 table 2 (f)), V being the sample
/// variance (n − 1) of y_A and y_B together.
/// </summary>
public static class VarianceDecomposition
{
    /// <summary>Estimates the indices of a model on the unit hypercube.</summary>
    /// <param name="dimensions">The number of inputs d, 1–64.</param>
    /// <param name="baseSamples">N, 2–10,000,000 / (d + 2).</param>
    /// <param name="seed">The seed of the xoshiro256** generator that draws A and B.</param>
    /// <param name="model">The model: maps d inputs in [0, 1) to a number. It must be thread-safe when <paramref name="maxDegreeOfParallelism"/> &gt; 1.</param>
    /// <param name="maxDegreeOfParallelism">Threads to evaluate with; the result is the same whatever the number.</param>
    /// <returns>The indices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static SobolIndices Estimate(int dimensions, int baseSamples, ulong seed, Func<double[], double> model, int maxDegreeOfParallelism = 1)
    {
        Preconditions.CheckNotNull(model, nameof(model));
        Preconditions.CheckArgumentRange(nameof(dimensions), dimensions, 1, 64);
        Preconditions.CheckArgumentRange(nameof(baseSamples), baseSamples, 2, 10_000_000 / (dimensions + 2));
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, 1, 1024);
        var rows = Design(dimensions, baseSamples, seed);
        var y = new double[rows.Length];
        Parallel.For(0, rows.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, r => y[r] = model(rows[r]));
        return Indices(y, dimensions, baseSamples);
    }

    /// <summary>The N(d + 2) input rows: A, then B, then AB₁ … AB_d.</summary>
    internal static double[][] Design(int d, int n, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed, 0);
        var a = new double[n][];
        var b = new double[n][];
        for (var r = 0; r < n; r++)
        {
            a[r] = new double[d];
            b[r] = new double[d];
            for (var i = 0; i < d; i++)
            {
                a[r][i] = rng.NextDouble();
            }
            for (var i = 0; i < d; i++)
            {
                b[r][i] = rng.NextDouble();
            }
        }
        var rows = new double[n * (d + 2)][];
        for (var r = 0; r < n; r++)
        {
            rows[r] = a[r];
            rows[n + r] = b[r];
        }
        for (var i = 0; i < d; i++)
        {
            for (var r = 0; r < n; r++)
            {
                var row = (double[])a[r].Clone();
                row[i] = b[r][i];
                rows[((2 + i) * n) + r] = row;
            }
        }
        return rows;
    }

    /// <summary>The estimators over outputs laid out as <see cref="Design"/> lays out the rows.</summary>
    internal static SobolIndices Indices(double[] y, int d, int n)
    {
        var mean = 0.0;
        for (var r = 0; r < 2 * n; r++)
        {
            mean += y[r];
        }
        mean /= 2 * n;
        var variance = 0.0;
        for (var r = 0; r < 2 * n; r++)
        {
            variance += (y[r] - mean) * (y[r] - mean);
        }
        variance /= (2 * n) - 1;
        var first = ImmutableArray.CreateBuilder<double>(d);
        var total = ImmutableArray.CreateBuilder<double>(d);
        for (var i = 0; i < d; i++)
        {
            double s = 0, t = 0;
            for (var r = 0; r < n; r++)
            {
                var ya = y[r];
                var yb = y[n + r];
                var yab = y[((2 + i) * n) + r];
                s += yb * (yab - ya);
                t += (ya - yab) * (ya - yab);
            }
            // No variance (every run ranks alike): no factor moves anything.
            first.Add(variance > 0 ? s / n / variance : 0);
            total.Add(variance > 0 ? t / (2.0 * n * variance) : 0);
        }
        return new SobolIndices(first.MoveToImmutable(), total.MoveToImmutable(), variance, y.Length);
    }
}
