namespace OutcomesFramework.Forecasting;

/// <summary>What an early warning is scored against: a judgement of overall effectiveness at the next graded inspection.</summary>
public enum EarlyWarningTarget
{
    /// <summary>Requires improvement to be good, or inadequate.</summary>
    RequiresImprovementOrWorse = 0,

    /// <summary>Inadequate.</summary>
    Inadequate = 1,

    /// <summary>A worse grade than the previous graded inspection (defined only for repeat inspections).</summary>
    WorseThanPrevious = 2,
}
