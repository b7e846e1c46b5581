namespace OutcomesFramework.Assurance;

/// <summary>Where an <see cref="SpcAssuranceRule"/> takes its target from.</summary>
public enum SpcTargetSource
{
    /// <summary>A value written in the rule.</summary>
    Value = 0,

    /// <summary>The council's local target for the indicator (on the scorecard); no target, no finding.</summary>
    LocalTarget = 1,

    /// <summary>England's value in the latest period: "consistently fails to reach the England average".</summary>
    England = 2,
}
