using System;

namespace OutcomesFramework.Assurance;

/// <summary>
/// A council's early-warning level, from its findings: the most severe finding decides it (see
/// <see cref="EarlyWarning.LevelOf(Severity)"/> and <c>docs/assurance.md</c>).
/// </summary>
public enum EarlyWarningLevel
{
    /// <summary>No finding above information.</summary>
    None = 0,

    /// <summary>At least one advisory finding: watch.</summary>
    Watch = 1,

    /// <summary>At least one concern.</summary>
    Concern = 2,

    /// <summary>At least one serious finding.</summary>
    Serious = 3,
}
