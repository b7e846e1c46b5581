using System;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>Cholesky factorisation of a small symmetric positive-definite matrix (row-major), for the Newton steps of <see cref="RidgeLogisticRegression"/>.</summary>
internal static class Cholesky
{
    /// <summary>Factorises A = LLᵀ in a copy; null when A is not (numerically) positive definite.</summary>
    public static double[]? Factor(double[] a, int k)
    {
        var l = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = a[(i * k) + j];
                for (var t = 0; t < j; t++)
                {
                    s -= l[(i * k) + t] * l[(j * k) + t];
                }
                if (i == j)
                {
                    if (!(s > 1e-14 * Math.Max(1, Math.Abs(a[(i * k) + i]))))
                    {
                        return null;
                    }
                    l[(i * k) + i] = Math.Sqrt(s);
                }
                else
                {
                    l[(i * k) + j] = s / l[(j * k) + j];
                }
            }
        }
        return l;
    }

    /// <summary>Solves A x = b in place of b; false when A is not positive definite.</summary>
    public static bool Solve(double[] a, double[] b, int k)
    {
        var l = Factor(a, k);
        if (l is null)
        {
            return false;
        }
        Substitute(l, b, k);
        return true;
    }

    /// <summary>A⁻¹ (row-major), or null when A is not positive definite.</summary>
    public static double[]? Inverse(double[] a, int k)
    {
        var l = Factor(a, k);
        if (l is null)
        {
            return null;
        }
        var inverse = new double[k * k];
        var column = new double[k];
        for (var c = 0; c < k; c++)
        {
            Array.Clear(column, 0, k);
            column[c] = 1;
            Substitute(l, column, k);
            for (var r = 0; r < k; r++)
            {
                inverse[(r * k) + c] = column[r];
            }
        }
        return inverse;
    }

    private static void Substitute(double[] l, double[] b, int k)
    {
        for (var i = 0; i < k; i++)
        {
            var s = b[i];
            for (var t = 0; t < i; t++)
            {
                s -= l[(i * k) + t] * b[t];
            }
            b[i] = s / l[(i * k) + i];
        }
        for (var i = k - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var t = i + 1; t < k; t++)
            {
                s -= l[(t * k) + i] * b[t];
            }
            b[i] = s / l[(i * k) + i];
        }
    }
}
