using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>The settings of a Monte Carlo rank-uncertainty run: how many replications, and the seed that makes it reproducible.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class UncertaintyOptions : IEquatable<UncertaintyOptions>
{
    /// <summary>The fewest replications allowed.</summary>
    public const int MinimumRuns = 20;

    /// <summary>The most replications allowed.</summary>
    public const int MaximumRuns = 1_000_000;

    private UncertaintyOptions(int runs, ulong seed)
    {
        Runs = runs;
        Seed = seed;
    }

    /// <summary>Gets the defaults: 1,000 replications, seed 42.</summary>
    public static UncertaintyOptions Default { get; } = new(1000, 42);

    /// <summary>Gets the number of replications.</summary>
    public int Runs { get; }

    /// <summary>Gets the seed: the same seed gives byte-identical results on any machine, culture and thread count.</summary>
    public ulong Seed { get; }

    /// <summary>Returns a copy with another number of replications.</summary>
    /// <param name="runs">From <see cref="MinimumRuns"/> to <see cref="MaximumRuns"/>.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is out of range.</exception>
    public UncertaintyOptions WithRuns(int runs) => new(Preconditions.CheckArgumentRange(nameof(runs), runs, MinimumRuns, MaximumRuns), Seed);

    /// <summary>Returns a copy with another seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>New options.</returns>
    public UncertaintyOptions WithSeed(ulong seed) => new(Runs, seed);

    /// <inheritdoc />
    public bool Equals(UncertaintyOptions? other) => other is not null && Runs == other.Runs && Seed == other.Seed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UncertaintyOptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Runs, Seed);
}
