using System;

namespace OutcomesFramework.Scoring;

/// <summary>The way an indicator's value becomes a score from 0 (worst) to 100 (best).</summary>
public enum NormalisationMethod
{
    /// <summary>The default: the value's position among all local authorities, read through polarity, ties averaged.</summary>
    PercentileRank = 0,

    /// <summary>The z-score against all local authorities, placed on a scale with a chosen mean and standard deviation (COINr <c>n_zscore</c>).</summary>
    ZScore = 1,

    /// <summary>The value's place between the lowest and highest authority (COINr <c>n_minmax</c> with bounds 0 and 100).</summary>
    MinMax = 2,

    /// <summary>The distance from the worst authority to a target; at or beyond the target scores 100 (COINr <c>n_dist2targ</c> with <c>cap_max</c>).</summary>
    DistanceToTarget = 3,

    /// <summary>The value's place between two fixed goalposts, truncated to them (COINr <c>n_goalposts</c> with <c>trunc2posts</c>).</summary>
    Goalposts = 4,
}
