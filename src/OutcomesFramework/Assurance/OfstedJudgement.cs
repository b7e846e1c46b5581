namespace OutcomesFramework.Assurance;

/// <summary>The judgements of an ILACS inspection.</summary>
public enum OfstedJudgement
{
    /// <summary>Overall effectiveness.</summary>
    OverallEffectiveness = 0,

    /// <summary>The impact of leaders on social work practice with children and families.</summary>
    ImpactOfLeaders = 1,

    /// <summary>The experiences and progress of children who need help and protection.</summary>
    HelpAndProtection = 2,

    /// <summary>The experiences and progress of children in care (before 2023, children in care and care leavers).</summary>
    ChildrenInCare = 3,

    /// <summary>The experiences and progress of care leavers (separate from 1 January 2023).</summary>
    CareLeavers = 4,
}
