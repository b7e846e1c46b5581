using System;
using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesFramework.Accountability;

/// <summary>
/// The statutory roles and bodies that answer for children's services in an English children's services
/// authority: for each <see cref="RoleKind"/>, its usual name, the id the default maps give it and its statutory basis.
/// </summary>
/// <remarks>
/// Sources: Children Act 2004 ss.10, 13, 16E, 18, 19; Health and Social Care Act 2012 s.194; National Health Service
/// Act 2006 s.73A; Crime and Disorder Act 1998 ss.38–39; Children Act 1989 s.22(3B) (Children and Families Act 2014
/// s.99); see docs/accountability.md for the rest and for which were read in their source.
/// </remarks>
public static class StatutoryRoles
{
    private static readonly Entry[] Entries =
    [
        new(RoleKind.Local, "local", "Local role", "A role the council defines for itself; it has no statutory basis of its own."),
        new(RoleKind.DirectorOfChildrensServices, "dcs", "Director of Children's Services",
            "Children Act 2004 s.18: every children's services authority appoints a director for its education and children's social services functions."),
        new(RoleKind.LeadMemberForChildrensServices, "lead-member", "Lead Member for Children's Services",
            "Children Act 2004 s.19: every children's services authority designates an elected member as lead member for the same functions."),
        new(RoleKind.ChiefExecutive, "chief-executive", "Chief Executive",
            "Local Government and Housing Act 1989 s.4: the head of paid service, to whom the Director of Children's Services is accountable within the authority."),
        new(RoleKind.LeaderOrElectedMayor, "leader", "Leader of the council",
            "Local Government Act 2000 Part 1A: the executive leader or directly elected mayor, answerable to the full council."),
        new(RoleKind.FullCouncil, "full-council", "Full council",
            "Local Government Act 1972: the elected council, the democratic apex to which executive and scrutiny answer."),
        new(RoleKind.DirectorOfPublicHealth, "dph", "Director of Public Health",
            "National Health Service Act 2006 s.73A (inserted by Health and Social Care Act 2012 s.30): appointed jointly with the Secretary of State for the authority's public health functions."),
        new(RoleKind.DirectorOfAdultSocialServices, "dass", "Director of Adult Social Services",
            "Local Authority Social Services Act 1970 s.6(A1) (as amended by Children Act 2004 s.18): director for the authority's adult social services functions."),
        new(RoleKind.SafeguardingPartnerLocalAuthority, "safeguarding-partner-la", "Safeguarding partner: the local authority",
            "Children Act 2004 s.16E (inserted by Children and Social Work Act 2017 s.16): the local authority is one of the three safeguarding partners."),
        new(RoleKind.SafeguardingPartnerIntegratedCareBoard, "safeguarding-partner-icb", "Safeguarding partner: the integrated care board",
            "Children Act 2004 s.16E (inserted by Children and Social Work Act 2017 s.16): an integrated care board (originally a clinical commissioning group) for an area in the authority's area."),
        new(RoleKind.SafeguardingPartnerChiefOfficerOfPolice, "safeguarding-partner-police", "Safeguarding partner: the chief officer of police",
            "Children Act 2004 s.16E (inserted by Children and Social Work Act 2017 s.16): the chief officer of police for a police area in the authority's area."),
        new(RoleKind.IndependentScrutineer, "independent-scrutineer", "Independent scrutineer",
            "Working Together to Safeguard Children (2018, 2023): the safeguarding partners' arrangements under Children Act 2004 s.16E include independent scrutiny of their effectiveness."),
        new(RoleKind.LocalSafeguardingChildrenBoardChair, "lscb-chair", "Chair of the Local Safeguarding Children Board",
            "Children Act 2004 ss.13-16: each authority established a Local Safeguarding Children Board (abolished from June 2018 by the Children and Social Work Act 2017)."),
        new(RoleKind.HealthAndWellbeingBoard, "health-and-wellbeing-board", "Health and Wellbeing Board",
            "Health and Social Care Act 2012 s.194: a committee of each upper-tier authority; members include a councillor, the DASS, the DCS, the DPH, Local Healthwatch and each relevant integrated care board."),
        new(RoleKind.YouthJusticeService, "youth-justice-service", "Youth justice service",
            "Crime and Disorder Act 1998 ss.38-39: each authority, with police, probation and health, provides youth justice services through one or more youth offending teams."),
        new(RoleKind.VirtualSchoolHead, "virtual-school-head", "Virtual school head",
            "Children Act 1989 s.22(3B) (inserted by Children and Families Act 2014 s.99): an officer appointed to promote the educational achievement of the children the authority looks after."),
        new(RoleKind.SchoolsAndAcademyTrusts, "schools-and-academy-trusts", "Schools and academy trusts",
            "Education Act 2002 ss.157 and 175 (safeguarding duties of schools and proprietors); relevant partners under the Children Act 2004 s.10 duty to co-operate."),
        new(RoleKind.ScrutinyCommittee, "scrutiny-committee", "Children's services scrutiny committee",
            "Local Government Act 2000 s.9F: overview and scrutiny committees review and scrutinise the executive's decisions and the discharge of its functions."),
        new(RoleKind.CorporateParentingBoard, "corporate-parenting-board", "Corporate parenting board",
            "Children and Social Work Act 2017 s.1 (corporate parenting principles); the board itself is local practice, not statute."),
    ];

    /// <summary>Gets the statutory kinds (every kind but <see cref="RoleKind.Local"/>) in declaration order.</summary>
    public static ImmutableArray<RoleKind> Kinds { get; } = BuildKinds();

    /// <summary>Returns the usual name of a kind of role, for example "Director of Children's Services".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string NameOf(RoleKind kind) => Get(kind).Name;

    /// <summary>Returns the id the default maps give a role of this kind, for example <c>dcs</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string DefaultIdOf(RoleKind kind) => Get(kind).DefaultId;

    /// <summary>Returns the statutory basis of a kind of role, as text with the section it rests on.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The basis text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string BasisOf(RoleKind kind) => Get(kind).Basis;

    /// <summary>Returns whether roles of this kind are the democratic apex: the Leader or elected Mayor, or full council.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for <see cref="RoleKind.LeaderOrElectedMayor"/> and <see cref="RoleKind.FullCouncil"/>.</returns>
    public static bool IsDemocraticApex(RoleKind kind) => kind is RoleKind.LeaderOrElectedMayor or RoleKind.FullCouncil;

    /// <summary>Returns whether roles of this kind are held by elected members (who answer to the council, not to the Chief Executive).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for the Leader or Mayor, full council and the Lead Member.</returns>
    public static bool IsElectedMember(RoleKind kind) => IsDemocraticApex(kind) || kind == RoleKind.LeadMemberForChildrensServices;

    /// <summary>Creates the role of this kind with its default id, usual name and statutory basis.</summary>
    /// <param name="kind">A statutory kind (not <see cref="RoleKind.Local"/>).</param>
    /// <returns>The role.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="RoleKind.Local"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static Role Create(RoleKind kind)
    {
        var entry = Get(kind);
        Utility.Preconditions.CheckArgument(kind != RoleKind.Local, nameof(kind), "A local role has no default; create it with the Role constructor.");
        return new Role(entry.DefaultId, kind, entry.Name, entry.Basis);
    }

    private static Entry Get(RoleKind kind)
    {
        var index = (int)kind;
        if (index < 0 || index >= Entries.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, string.Format(CultureInfo.InvariantCulture, "Unknown role kind {0}.", (int)kind));
        }
        return Entries[index];
    }

    private static ImmutableArray<RoleKind> BuildKinds()
    {
        var builder = ImmutableArray.CreateBuilder<RoleKind>(Entries.Length - 1);
        for (var i = 1; i < Entries.Length; i++)
        {
            builder.Add(Entries[i].Kind);
        }
        return builder.MoveToImmutable();
    }

    private sealed class Entry(RoleKind kind, string defaultId, string name, string basis)
    {
        public RoleKind Kind { get; } = kind;

        public string DefaultId { get; } = defaultId;

        public string Name { get; } = name;

        public string Basis { get; } = basis;
    }
}
