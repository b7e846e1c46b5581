namespace OutcomesFramework.Accountability;

/// <summary>
/// What kind of role a <see cref="Role"/> is: one of the statutory roles and bodies that answer for children's
/// services in England, or a local role a council adds. Regimes check for roles by kind, not by id, so a council
/// may name its roles as it likes. See <see cref="StatutoryRoles"/> for the statutory basis of each kind.
/// </summary>
public enum RoleKind
{
    /// <summary>A role a council adds for itself (for example a Director of People), with no statutory basis of its own.</summary>
    Local = 0,

    /// <summary>Director of Children's Services (Children Act 2004 s.18).</summary>
    DirectorOfChildrensServices,

    /// <summary>Lead Member for Children's Services (Children Act 2004 s.19).</summary>
    LeadMemberForChildrensServices,

    /// <summary>The Chief Executive, the council's head of paid service.</summary>
    ChiefExecutive,

    /// <summary>The Leader of the council or the directly elected Mayor: part of the democratic apex.</summary>
    LeaderOrElectedMayor,

    /// <summary>The full council of elected members: part of the democratic apex.</summary>
    FullCouncil,

    /// <summary>Director of Public Health.</summary>
    DirectorOfPublicHealth,

    /// <summary>Director of Adult Social Services.</summary>
    DirectorOfAdultSocialServices,

    /// <summary>The local authority as one of the three safeguarding partners (Children Act 2004 s.16E).</summary>
    SafeguardingPartnerLocalAuthority,

    /// <summary>The integrated care board as one of the three safeguarding partners (Children Act 2004 s.16E).</summary>
    SafeguardingPartnerIntegratedCareBoard,

    /// <summary>The chief officer of police as one of the three safeguarding partners (Children Act 2004 s.16E).</summary>
    SafeguardingPartnerChiefOfficerOfPolice,

    /// <summary>The independent scrutineer of the safeguarding partners' arrangements.</summary>
    IndependentScrutineer,

    /// <summary>The chair of the Local Safeguarding Children Board under the 2004 arrangements (LSCBs abolished 2018).</summary>
    LocalSafeguardingChildrenBoardChair,

    /// <summary>The Health and Wellbeing Board.</summary>
    HealthAndWellbeingBoard,

    /// <summary>The youth justice service (youth offending team).</summary>
    YouthJusticeService,

    /// <summary>The virtual school head for children looked after.</summary>
    VirtualSchoolHead,

    /// <summary>Schools and academy trusts.</summary>
    SchoolsAndAcademyTrusts,

    /// <summary>The overview and scrutiny committee for children's services.</summary>
    ScrutinyCommittee,

    /// <summary>The corporate parenting board.</summary>
    CorporateParentingBoard,
}
