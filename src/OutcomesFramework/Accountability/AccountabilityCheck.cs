namespace OutcomesFramework.Accountability;

/// <summary>
/// The closed list of checks a <see cref="AccountabilityRegime"/> is made of. A custom regime chooses from this list;
/// nothing else can run (an accountability file can never run code).
/// </summary>
public enum AccountabilityCheck
{
    /// <summary>A Director of Children's Services role exists (Children Act 2004 s.18). Raises ACC001.</summary>
    DirectorOfChildrensServicesRequired = 0,

    /// <summary>A Lead Member for Children's Services role exists (Children Act 2004 s.19). Raises ACC001.</summary>
    LeadMemberRequired,

    /// <summary>A Local Safeguarding Children Board chair role exists (Children Act 2004 s.13, before 2018). Raises ACC001.</summary>
    LocalSafeguardingChildrenBoardRequired,

    /// <summary>All three safeguarding partners exist: local authority, integrated care board, chief officer of police (s.16E). Raises ACC001.</summary>
    SafeguardingPartnersRequired,

    /// <summary>An independent scrutineer of the safeguarding arrangements exists. Raises ACC001.</summary>
    IndependentScrutinyRequired,

    /// <summary>A democratic apex exists: a Leader or elected Mayor, or full council. Raises ACC001.</summary>
    DemocraticApexRequired,

    /// <summary>A Chief Executive role exists. Raises ACC001.</summary>
    ChiefExecutiveRequired,

    /// <summary>Every outcome, and every indicator or overall target that has an assignment, has exactly one accountable role. Raises ACC002 and ACC003.</summary>
    OneAccountableRole,

    /// <summary>The "reports to" lines have no cycle. Raises ACC004.</summary>
    NoReportingCycles,

    /// <summary>Every role has a line of sight to the democratic apex. Raises ACC005.</summary>
    LineOfSightToDemocraticApex,

    /// <summary>Every accountable officer role has a line of sight to the Chief Executive. Raises ACC006.</summary>
    LineOfSightToChiefExecutive,

    /// <summary>Every role is used by some line or assignment. Raises ACC007.</summary>
    NoUnusedRoles,
}
