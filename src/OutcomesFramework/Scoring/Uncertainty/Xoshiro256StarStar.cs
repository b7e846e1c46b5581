using System;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>
/// The xoshiro256** pseudo-random generator (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4), 2021; reference C at prng.di.unimi.it), seeded through SplitMix64 as its authors recommend. It is
/// written out here, not taken from <see cref="Random"/>, because its sequence must be the same on every runtime and
/// machine: the integer stream is exact, and the uniform doubles are its top 53 bits.
/// </summary>
/// <remarks>
/// Normal and gamma variates use <c>Math.Log</c>, <c>Math.Sqrt</c> and <c>Math.Pow</c>; Sqrt is
/// exact (IEEE 754) and the others are the platform's, which agree on all mainstream platforms to the last bit in
/// practice. The results built on them are integer ranks, so a last-bit difference could change output only by
/// flipping an exact tie.
/// </remarks>
internal struct Xoshiro256StarStar
{
    private ulong s0, s1, s2, s3;

    /// <summary>Seeds the generator for one stream: <paramref name="seed"/> and <paramref name="stream"/> are mixed by SplitMix64.</summary>
    public Xoshiro256StarStar(ulong seed, ulong stream)
    {
        // Integer arithmetic modulo 2⁶⁴ throughout: the project checks overflow, the generator depends on wrapping.
        var x = unchecked(seed ^ ((stream + 1) * 0xD1B54A32D192ED03UL));
        s0 = SplitMix64(ref x);
        s1 = SplitMix64(ref x);
        s2 = SplitMix64(ref x);
        s3 = SplitMix64(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1): the top 53 bits over 2⁵³.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in (0, 1).</summary>
    public double NextOpenDouble()
    {
        double u;
        do
        {
            u = NextDouble();
        }
        while (u == 0);
        return u;
    }

    /// <summary>A standard normal variate (Marsaglia's polar method; the second of each pair is discarded so that every call uses its own draws).</summary>
    public double NextNormal()
    {
        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);
        return u * Math.Sqrt(-2 * Math.Log(s) / s);
    }

    /// <summary>A gamma variate with shape <paramref name="shape"/> &gt; 0 and scale 1 (Marsaglia and Tsang, ACM TOMS 26(3), 2000; shape &lt; 1 by boosting: G(a+1)·U^(1/a)).</summary>
    public double NextGamma(double shape) => NextGamma(new GammaShape(shape));

    /// <summary>A gamma variate with a shape whose constants are worked out (the same draws as <see cref="NextGamma(double)"/>).</summary>
    public double NextGamma(in GammaShape shape)
    {
        var d = shape.D;
        var c = shape.C;
        while (true)
        {
            double x, v;
            do
            {
                x = NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);
            v = v * v * v;
            var u = NextOpenDouble();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                var g = d * v;
                // Boosted (shape < 1): the uniform is drawn after the G(a + 1) draw, as the recursion did.
                return shape.Boosted ? g * Math.Pow(NextOpenDouble(), shape.InverseShape) : g;
            }
        }
    }

    /// <summary>A beta variate with shapes <paramref name="a"/>, <paramref name="b"/> &gt; 0, as G(a) / (G(a) + G(b)).</summary>
    public double NextBeta(double a, double b) => NextBeta(new GammaShape(a), new GammaShape(b));

    /// <summary>A beta variate with worked-out shapes (the same draws as <see cref="NextBeta(double, double)"/>).</summary>
    public double NextBeta(in GammaShape a, in GammaShape b)
    {
        var x = NextGamma(a);
        var y = NextGamma(b);
        return x / (x + y);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            var z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
