namespace OutcomesFramework.Assurance;

/// <summary>How the margin of <see cref="BenchmarkGap.WorseThanNeighbours"/> is measured.</summary>
public enum MarginUnit
{
    /// <summary>In the indicator's own unit (percentage points for a percentage).</summary>
    Absolute = 0,

    /// <summary>As a percentage of the neighbours' average (a relative gap).</summary>
    Percent = 1,
}
