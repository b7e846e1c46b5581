namespace OutcomesFramework.Statistics.Classification;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 generator: 64 bits of state, a fixed published algorithm, so a seeded bootstrap
/// gives the same replicates on every runtime and platform (System.Random's seeded sequence is not a documented contract).
/// </summary>
internal struct SplitMix64
{
    private ulong state;

    public SplitMix64(ulong seed) => state = seed;

    public ulong Next()
    {
        // The algorithm relies on arithmetic modulo 2⁶⁴.
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform integer in [0, bound), by Lemire's multiply-shift with rejection (no modulo bias).</summary>
    public int NextInt(int bound)
    {
        var b = (ulong)bound;
        // 2³² mod b: the low products below it are the biased ones to reject.
        var threshold = ((1UL << 32) - b) % b;
        while (true)
        {
            var r = Next() >> 32;
            var product = r * b;
            if ((product & 0xFFFFFFFFUL) >= threshold)
            {
                return (int)(product >> 32);
            }
        }
    }
}
