using System;
using System.Buffers;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
#endif

namespace OutcomesFramework.Statistics.Classification;

/// <summary>Cholesky factorisation of a small symmetric positive-definite matrix (row-major), for the Newton steps of <see cref="RidgeLogisticRegression"/>.</summary>
internal static class Cholesky
{
    /// <summary>Factorises A = LLᵀ in a copy (the lower triangle of A is read); null when A is not (numerically) positive definite.</summary>
    /// <remarks>
    /// Right-looking: once column t of L is known, its outer product is taken off the rest of the lower triangle, a
    /// row at a time and several elements per instruction. Each element still receives aᵢⱼ − lᵢ₀lⱼ₀ − lᵢ₁lⱼ₁ − … in
    /// the order t = 0, 1, …, each product rounded before it is subtracted, as in the textbook row-by-row loop, so
    /// the factor is the same to the last bit; only the order in which different elements are worked on changes.
    /// </remarks>
    public static double[]? Factor(double[] a, int k)
    {
        var l = new double[k * k];
        return FactorInto(a, k, l) ? l : null;
    }

    /// <summary>
    /// <see cref="Factor"/> into <paramref name="l"/> (at least k × k; its lower triangle, diagonal included, is
    /// written and only it is meaningful); false when A is not positive definite.
    /// </summary>
    private static bool FactorInto(double[] a, int k, double[] l)
    {
        for (var i = 0; i < k; i++)
        {
            Array.Copy(a, i * k, l, i * k, i + 1);
        }
        var column = new double[k];
        for (var t = 0; t < k; t++)
        {
            var d = l[(t * k) + t];
            if (!(d > 1e-14 * Math.Max(1, Math.Abs(a[(t * k) + t]))))
            {
                return false;
            }
            d = Math.Sqrt(d);
            l[(t * k) + t] = d;
            for (var i = t + 1; i < k; i++)
            {
                var v = l[(i * k) + t] / d;
                l[(i * k) + t] = v;
                column[i] = v;
            }
            for (var i = t + 1; i < k; i++)
            {
                Subtract(l, (i * k) + t + 1, column, t + 1, i - t, column[i]);
            }
        }
        return true;
    }

    /// <summary>target[offset + j] −= factor × source[start + j] for j &lt; count (product rounded, then the difference: no fused multiply-add).</summary>
    private static void Subtract(double[] target, int offset, double[] source, int start, int count, double factor)
    {
        var j = 0;
#if NET
        if (Vector.IsHardwareAccelerated && count >= Vector<double>.Count)
        {
            var width = Vector<double>.Count;
            var f = new Vector<double>(factor);
            ref var tr = ref MemoryMarshal.GetArrayDataReference(target);
            ref var sr = ref MemoryMarshal.GetArrayDataReference(source);
            for (; j <= count - width; j += width)
            {
                var at = (nuint)(offset + j);
                (Vector.LoadUnsafe(ref tr, at) - (f * Vector.LoadUnsafe(ref sr, (nuint)(start + j)))).StoreUnsafe(ref tr, at);
            }
        }
#endif
        for (; j < count; j++)
        {
            target[offset + j] -= factor * source[start + j];
        }
    }

    /// <summary>Solves A x = b in place of b; false when A is not positive definite.</summary>
    /// <remarks>The factor lives in a pooled buffer: a Newton fit solves once per step, and a fresh k × k array each time would land on the large-object heap.</remarks>
    public static bool Solve(double[] a, double[] b, int k)
    {
        var l = ArrayPool<double>.Shared.Rent(k * k);
        try
        {
            if (!FactorInto(a, k, l))
            {
                return false;
            }
            Substitute(l, b, k);
            return true;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(l);
        }
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
