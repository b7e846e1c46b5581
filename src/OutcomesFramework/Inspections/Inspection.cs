using System;
using System.Globalization;
using NodaTime;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Inspections;

/// <summary>
/// One Ofsted activity under the inspection of local authority children's services (ILACS): a graded standard or
/// short inspection with its judgements, or an ungraded focused or monitoring visit.
/// </summary>
/// <remarks>
/// <para>Invariants checked at construction: a standard or short inspection has the overall effectiveness and the
/// three judgements on leaders, help and protection, and children in care; a visit has no judgement. The separate
/// judgement on care leavers exists from 1 January 2023 (<see cref="CareLeaversJudgementFrom"/>): a graded
/// inspection from that date has one, an earlier one cannot (care leavers were then judged together with children
/// in care). The publication date is not before the inspection date. Dates are ISO calendar dates.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Inspection : IEquatable<Inspection>
{
    /// <summary>The first inspection date with a separate judgement on the experiences and progress of care leavers.</summary>
    public static readonly LocalDate CareLeaversJudgementFrom = new(2023, 1, 1);

    /// <summary>Creates an inspection or visit.</summary>
    /// <param name="areaCode">The 9-character ONS code of the local authority.</param>
    /// <param name="inspectionDate">The date the inspection started (Ofsted's "inspection date").</param>
    /// <param name="publicationDate">The date the report was published.</param>
    /// <param name="type">The kind of activity.</param>
    /// <param name="overallEffectiveness">Overall effectiveness (graded inspections only).</param>
    /// <param name="impactOfLeaders">The impact of leaders on social work practice with children and families.</param>
    /// <param name="helpAndProtection">The experiences and progress of children who need help and protection.</param>
    /// <param name="childrenInCare">The experiences and progress of children in care (before 2023: children in care and care leavers).</param>
    /// <param name="careLeavers">The experiences and progress of care leavers (graded inspections from 1 January 2023 only).</param>
    /// <param name="theme">The theme of a focused or monitoring visit, or null.</param>
    /// <exception cref="ArgumentException">The area code is blank, a date is not ISO, the publication precedes the
    /// inspection, a grade is undefined, or the judgements do not fit the type and date (see remarks).</exception>
    /// <exception cref="ArgumentNullException">The area code is null.</exception>
    public Inspection(
        string areaCode,
        LocalDate inspectionDate,
        LocalDate publicationDate,
        InspectionType type,
        OfstedGrade? overallEffectiveness,
        OfstedGrade? impactOfLeaders,
        OfstedGrade? helpAndProtection,
        OfstedGrade? childrenInCare,
        OfstedGrade? careLeavers = null,
        string? theme = null)
    {
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode)).Trim();
        Preconditions.CheckArgument(inspectionDate.Calendar == CalendarSystem.Iso, nameof(inspectionDate), "Inspection dates use the ISO calendar.");
        Preconditions.CheckArgument(publicationDate.Calendar == CalendarSystem.Iso, nameof(publicationDate), "Publication dates use the ISO calendar.");
        if (publicationDate < inspectionDate)
        {
            Preconditions.CheckArgument(false, nameof(publicationDate), string.Format(CultureInfo.InvariantCulture,
                "The report on {0} was published on {1}, before the inspection on {2}.", AreaCode, IsoDate(publicationDate), IsoDate(inspectionDate)));
        }
        Preconditions.CheckArgument(Enum.IsDefined(typeof(InspectionType), type), nameof(type), "Unknown inspection type {0}.", type);
        CheckGrade(overallEffectiveness, nameof(overallEffectiveness));
        CheckGrade(impactOfLeaders, nameof(impactOfLeaders));
        CheckGrade(helpAndProtection, nameof(helpAndProtection));
        CheckGrade(childrenInCare, nameof(childrenInCare));
        CheckGrade(careLeavers, nameof(careLeavers));
        // Messages are formatted only on failure: loading a history constructs hundreds of inspections.
        string Where() => string.Format(CultureInfo.InvariantCulture, "{0} on {1} ({2})", AreaCode, IsoDate(inspectionDate), type.Describe());
        if (type.IsGraded())
        {
            if (!(overallEffectiveness.HasValue && impactOfLeaders.HasValue && helpAndProtection.HasValue && childrenInCare.HasValue))
            {
                Preconditions.CheckArgument(false, nameof(overallEffectiveness),
                    "A graded inspection has the overall effectiveness and the judgements on leaders, help and protection, and children in care: " + Where() + ".");
            }
            if (careLeavers.HasValue != (inspectionDate >= CareLeaversJudgementFrom))
            {
                Preconditions.CheckArgument(false, nameof(careLeavers), careLeavers.HasValue
                    ? "The separate judgement on care leavers exists from 1 January 2023: " + Where() + "."
                    : "A graded inspection from 1 January 2023 has a judgement on care leavers: " + Where() + ".");
            }
        }
        else if (overallEffectiveness.HasValue || impactOfLeaders.HasValue || helpAndProtection.HasValue || childrenInCare.HasValue || careLeavers.HasValue)
        {
            Preconditions.CheckArgument(false, nameof(overallEffectiveness), "A focused or monitoring visit is not graded: " + Where() + ".");
        }
        InspectionDate = inspectionDate;
        PublicationDate = publicationDate;
        Type = type;
        OverallEffectiveness = overallEffectiveness;
        ImpactOfLeaders = impactOfLeaders;
        HelpAndProtection = helpAndProtection;
        ChildrenInCare = childrenInCare;
        CareLeavers = careLeavers;
        Theme = string.IsNullOrWhiteSpace(theme) ? null : theme!.Trim();
    }

    /// <summary>Gets the 9-character ONS code of the local authority.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the date the inspection started.</summary>
    public LocalDate InspectionDate { get; }

    /// <summary>Gets the date the report was published.</summary>
    public LocalDate PublicationDate { get; }

    /// <summary>Gets the kind of activity.</summary>
    public InspectionType Type { get; }

    /// <summary>Gets the overall effectiveness, or null for a visit.</summary>
    public OfstedGrade? OverallEffectiveness { get; }

    /// <summary>Gets the judgement on the impact of leaders on social work practice, or null for a visit.</summary>
    public OfstedGrade? ImpactOfLeaders { get; }

    /// <summary>Gets the judgement on the experiences and progress of children who need help and protection, or null for a visit.</summary>
    public OfstedGrade? HelpAndProtection { get; }

    /// <summary>Gets the judgement on the experiences and progress of children in care, or null for a visit.</summary>
    public OfstedGrade? ChildrenInCare { get; }

    /// <summary>Gets the judgement on the experiences and progress of care leavers, or null (visits, and inspections before 2023).</summary>
    public OfstedGrade? CareLeavers { get; }

    /// <summary>Gets the theme of a visit, or null.</summary>
    public string? Theme { get; }

    /// <summary>Gets whether the activity carries judgements (a standard or short inspection).</summary>
    public bool IsGraded => OverallEffectiveness.HasValue;

    /// <summary>Returns a copy for another area code (for example after an authority is re-coded).</summary>
    /// <param name="areaCode">The new code.</param>
    /// <returns>A new inspection.</returns>
    /// <exception cref="ArgumentException">The code is blank.</exception>
    public Inspection WithAreaCode(string areaCode) =>
        new(areaCode, InspectionDate, PublicationDate, Type, OverallEffectiveness, ImpactOfLeaders, HelpAndProtection, ChildrenInCare, CareLeavers, Theme);

    /// <inheritdoc />
    public bool Equals(Inspection? other) =>
        other is not null
        && string.Equals(AreaCode, other.AreaCode, StringComparison.Ordinal)
        && InspectionDate == other.InspectionDate
        && PublicationDate == other.PublicationDate
        && Type == other.Type
        && OverallEffectiveness == other.OverallEffectiveness
        && ImpactOfLeaders == other.ImpactOfLeaders
        && HelpAndProtection == other.HelpAndProtection
        && ChildrenInCare == other.ChildrenInCare
        && CareLeavers == other.CareLeavers
        && string.Equals(Theme, other.Theme, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Inspection);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(AreaCode), InspectionDate, Type);

    /// <summary>Returns a stable description such as <c>E09000002 2023-07-10 ILACS Standard Inspection: Requires improvement to be good</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}{3}",
        AreaCode, IsoDate(InspectionDate), Type.Describe(), OverallEffectiveness.HasValue ? ": " + OverallEffectiveness.Value.Describe() : string.Empty);

    /// <summary>Formats a date as <c>2025-03-31</c>.</summary>
    internal static string IsoDate(LocalDate date) =>
        string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", date.Year, date.Month, date.Day);

    private static void CheckGrade(OfstedGrade? grade, string paramName) =>
        Preconditions.CheckArgument(!grade.HasValue || Enum.IsDefined(typeof(OfstedGrade), grade.Value), paramName, "Unknown Ofsted grade {0}.", grade);
}
