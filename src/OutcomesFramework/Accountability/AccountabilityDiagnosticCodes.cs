namespace OutcomesFramework.Accountability;

/// <summary>The stable codes of <see cref="AccountabilityDiagnostic"/>s. A code never changes meaning; new faults get new codes.</summary>
public static class AccountabilityDiagnosticCodes
{
    /// <summary>ACC001: a role the regime requires is missing.</summary>
    public const string RequiredRoleMissing = "ACC001";

    /// <summary>ACC002: an outcome (or an assigned indicator or overall target) has no accountable role.</summary>
    public const string NoAccountableRole = "ACC002";

    /// <summary>ACC003: an outcome, indicator or the overall target has more than one assignment, so more than one accountable role.</summary>
    public const string MoreThanOneAccountableRole = "ACC003";

    /// <summary>ACC004: the "reports to" lines form a cycle.</summary>
    public const string ReportingCycle = "ACC004";

    /// <summary>ACC005: a role has no line of sight to the democratic apex (the Leader or elected Mayor, or full council).</summary>
    public const string NoLineOfSightToDemocraticApex = "ACC005";

    /// <summary>ACC006: an accountable officer role has no line of sight to the Chief Executive.</summary>
    public const string NoLineOfSightToChiefExecutive = "ACC006";

    /// <summary>ACC007: no line or assignment uses a role.</summary>
    public const string UnusedRole = "ACC007";

    /// <summary>ACC008: an assignment names an indicator the framework does not have (checked only when a framework is given).</summary>
    public const string UnknownIndicator = "ACC008";
}
