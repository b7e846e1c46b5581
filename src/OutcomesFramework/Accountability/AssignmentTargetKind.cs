namespace OutcomesFramework.Accountability;

/// <summary>What an <see cref="Assignment"/> is for.</summary>
public enum AssignmentTargetKind
{
    /// <summary>Children's services as a whole: findings that concern no single outcome.</summary>
    Overall = 0,

    /// <summary>One of the five outcomes.</summary>
    Outcome,

    /// <summary>One indicator; it takes precedence over its outcome's assignment.</summary>
    Indicator,
}
