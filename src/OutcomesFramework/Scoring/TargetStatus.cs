using System;

namespace OutcomesFramework.Scoring;

/// <summary>How an authority's value stands against its local target.</summary>
public enum TargetStatus
{
    /// <summary>At the target or better than it (read through polarity).</summary>
    Met = 0,

    /// <summary>Worse than the target by no more than the target's tolerance.</summary>
    Near = 1,

    /// <summary>Worse than the target by more than the tolerance.</summary>
    Missed = 2,
}
