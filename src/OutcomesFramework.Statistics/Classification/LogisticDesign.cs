using System;
using System.Buffers;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#endif

namespace OutcomesFramework.Statistics.Classification;

/// <summary>
/// The design matrix of a logistic fit with its intercept column of ones, laid out once per fit for the Newton steps
/// of <see cref="RidgeLogisticRegression"/>: the objective, the gradient and the penalised information X'WX + λI₀.
/// </summary>
/// <remarks>
/// The information matrix is the cost of a fit (n·k²/2 multiply-adds per Newton step). It is accumulated in register
/// tiles of 4 rows × 2 SIMD vectors: every element still receives the products (wᵢ·xᵢₐ)·xᵢᵦ one case at a time, in
/// case order, starting from zero — exactly the operations of the plain triple loop, so the estimates are the same to
/// the last bit on any machine and vector width (multiplication and addition stay separate: no fused multiply-add).
/// </remarks>
internal sealed class LogisticDesign
{
    /// <summary>The rows of a register tile.</summary>
    private const int TileRows = 4;

    /// <summary>One array per case (not one n × stride block, which would land on the large-object heap for every fit).</summary>
    private readonly double[][] design;
    private readonly double[] y;
    private readonly double[] predictors;
    private readonly double[] weights;
    private readonly double[] residuals;

    /// <summary>Lays out a row-major n × p matrix (no intercept column) with its outcomes (0 or 1); neither array is kept.</summary>
    public LogisticDesign(double[] x, double[] outcomes, int n, int p)
    {
        Rows = n;
        Columns = p + 1;
        Stride = RoundUp(Columns, Math.Max(TileRows, 2 * VectorWidth));
        design = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var row = new double[Stride];
            row[0] = 1;
            Array.Copy(x, i * p, row, 1, p);
            design[i] = row;
        }
        y = (double[])outcomes.Clone();
        predictors = new double[n];
        weights = new double[n];
        residuals = new double[n];
    }

    /// <summary>Gets the number of cases.</summary>
    public int Rows { get; }

    /// <summary>Gets the number of coefficients k (the intercept and the p slopes).</summary>
    public int Columns { get; }

    /// <summary>Gets the row length of the padded layout (a multiple of the tile sizes; the padding is zero).</summary>
    private int Stride { get; }

#if NET
    private static int VectorWidth => Vector.IsHardwareAccelerated ? Vector<double>.Count : 1;
#else
    private static int VectorWidth => 1;
#endif

    /// <summary>The outcome of a case (0 or 1).</summary>
    public double Outcome(int i) => y[i];

    /// <summary>−ℓ + (λ/2)‖β‖², with log(1 + e^η) computed without overflow.</summary>
    public double Objective(double lambda, double[] beta)
    {
        LinearPredictors(beta);
        var sum = 0.0;
        for (var i = 0; i < Rows; i++)
        {
            var eta = predictors[i];
            sum += LogOnePlusExp(eta) - (y[i] * eta);
        }
        var penalty = 0.0;
        for (var j = 1; j < Columns; j++)
        {
            penalty += beta[j] * beta[j];
        }
        return sum + (lambda / 2 * penalty);
    }

    /// <summary>The gradient of ℓ − penalty (the Newton step's right-hand side) and the penalised information X'WX + λI₀ (k × k, row-major, symmetric).</summary>
    public void Derivatives(double lambda, double[] beta, double[] gradient, double[] hessian)
    {
        var k = Columns;
        Array.Clear(gradient, 0, k);
        LinearPredictors(beta);
        for (var i = 0; i < Rows; i++)
        {
            var mu = LogisticFit.Logistic(predictors[i]);
            weights[i] = mu * (1 - mu);
            residuals[i] = y[i] - mu;
        }
        for (var i = 0; i < Rows; i++)
        {
            var row = design[i];
            var r = residuals[i];
            for (var a = 0; a < k; a++)
            {
                gradient[a] += row[a] * r;
            }
        }
        // Pooled: a fresh stride² array per Newton step would land on the large-object heap.
        var tiles = ArrayPool<double>.Shared.Rent(Stride * Stride);
        Information(tiles);
        for (var a = 0; a < k; a++)
        {
            Array.Copy(tiles, a * Stride, hessian, a * k, a + 1);
        }
        ArrayPool<double>.Shared.Return(tiles);
        for (var a = 0; a < k; a++)
        {
            if (a > 0)
            {
                gradient[a] -= lambda * beta[a];
                hessian[(a * k) + a] += lambda;
            }
            for (var b = 0; b < a; b++)
            {
                hessian[(b * k) + a] = hessian[(a * k) + b];
            }
        }
    }

    /// <summary>
    /// ηᵢ = β₀ + Σⱼ xᵢⱼ βⱼ for every case into <see cref="predictors"/>, each summed in coefficient order; four cases
    /// at a time, so the four running sums overlap instead of each addition waiting for the one before.
    /// </summary>
    private void LinearPredictors(double[] beta)
    {
        var k = Columns;
        var i = 0;
        for (; i + 3 < Rows; i += 4)
        {
            var r0 = design[i];
            var r1 = design[i + 1];
            var r2 = design[i + 2];
            var r3 = design[i + 3];
            double e0 = beta[0], e1 = e0, e2 = e0, e3 = e0;
            for (var j = 1; j < k; j++)
            {
                var b = beta[j];
                e0 += r0[j] * b;
                e1 += r1[j] * b;
                e2 += r2[j] * b;
                e3 += r3[j] * b;
            }
            predictors[i] = e0;
            predictors[i + 1] = e1;
            predictors[i + 2] = e2;
            predictors[i + 3] = e3;
        }
        for (; i < Rows; i++)
        {
            var row = design[i];
            var eta = beta[0];
            for (var j = 1; j < k; j++)
            {
                eta += row[j] * beta[j];
            }
            predictors[i] = eta;
        }
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

    private static double LogOnePlusExp(double eta) => eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta));

    /// <summary>The lower triangle (and some of the upper, unused) of X'WX into <paramref name="tiles"/> (row length <see cref="Stride"/>).</summary>
    private void Information(double[] tiles)
    {
#if NET
        if (VectorWidth > 1)
        {
            InformationVector(tiles);
            return;
        }
#endif
        for (var a = 0; a < Columns; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var sum = 0.0;
                for (var i = 0; i < Rows; i++)
                {
                    var row = design[i];
                    sum += weights[i] * row[a] * row[b];
                }
                tiles[(a * Stride) + b] = sum;
            }
        }
    }

#if NET
    private void InformationVector(double[] tiles)
    {
        var width = Vector<double>.Count;
        for (var a0 = 0; a0 < Columns; a0 += TileRows)
        {
            // Tiles on or below the diagonal only: column blocks starting at or before the tile's last row.
            for (var b0 = 0; b0 <= a0 + TileRows - 1; b0 += 2 * width)
            {
                Vector<double> c00 = Vector<double>.Zero, c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
                for (var i = 0; i < Rows; i++)
                {
                    ref var x = ref MemoryMarshal.GetArrayDataReference(design[i]);
                    var x0 = Vector.LoadUnsafe(ref x, (nuint)b0);
                    var x1 = Vector.LoadUnsafe(ref x, (nuint)(b0 + width));
                    var w = weights[i];
                    ref var xa = ref Unsafe.Add(ref x, a0);
                    var w0 = new Vector<double>(w * xa);
                    var w1 = new Vector<double>(w * Unsafe.Add(ref xa, 1));
                    var w2 = new Vector<double>(w * Unsafe.Add(ref xa, 2));
                    var w3 = new Vector<double>(w * Unsafe.Add(ref xa, 3));
                    // Product, then sum: two roundings, as in the scalar definition (never a fused multiply-add).
                    c00 += w0 * x0;
                    c01 += w0 * x1;
                    c10 += w1 * x0;
                    c11 += w1 * x1;
                    c20 += w2 * x0;
                    c21 += w2 * x1;
                    c30 += w3 * x0;
                    c31 += w3 * x1;
                }
                ref var t = ref MemoryMarshal.GetArrayDataReference(tiles);
                var row = (nuint)((a0 * Stride) + b0);
                var s = (nuint)Stride;
                c00.StoreUnsafe(ref t, row);
                c01.StoreUnsafe(ref t, row + (nuint)width);
                c10.StoreUnsafe(ref t, row + s);
                c11.StoreUnsafe(ref t, row + s + (nuint)width);
                c20.StoreUnsafe(ref t, row + (2 * s));
                c21.StoreUnsafe(ref t, row + (2 * s) + (nuint)width);
                c30.StoreUnsafe(ref t, row + (3 * s));
                c31.StoreUnsafe(ref t, row + (3 * s) + (nuint)width);
            }
        }
    }
#endif
}
