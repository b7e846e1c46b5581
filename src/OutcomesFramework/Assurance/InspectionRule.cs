using System;
using System.Globalization;
using NodaTime;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Inspections;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Inspection and leadership context: a judgement of the latest graded ILACS inspection is at or worse than a grade;
/// the number of Ofsted inspections or visits within a window is within a range; or the Director of Children's
/// Services has been in post for less than a number of months (where the council supplies the date).
/// </summary>
/// <remarks>
/// Only inspections whose report was published by the assessment date are known. The window of a count runs back
/// <see cref="WithinMonths"/> months from the assessment date, by inspection date. A judgement the inspection did not
/// make (care leavers before 2023) raises nothing.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class InspectionRule : AssuranceRule
{
    private InspectionRule(string id, Severity severity, InspectionCheck check, OfstedJudgement judgement, OfstedGrade grade,
        InspectionActivity activity, int withinMonths, int? minimum, int? maximum, int lessThanMonths, string? title)
        : base(id, severity, title)
    {
        Check = check;
        Judgement = judgement;
        Grade = grade;
        Activity = activity;
        WithinMonths = withinMonths;
        Minimum = minimum;
        Maximum = maximum;
        LessThanMonths = lessThanMonths;
    }

    /// <summary>Creates a rule that fires when a judgement of the latest graded inspection is at or worse than <paramref name="atOrWorseThan"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="judgement">The judgement read.</param>
    /// <param name="atOrWorseThan">The grade at or below which it fires.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or an enum undefined.</exception>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public static InspectionRule LatestJudgement(string id, Severity severity, OfstedJudgement judgement, OfstedGrade atOrWorseThan, string? title = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(OfstedJudgement), judgement), nameof(judgement), "Unknown judgement {0}.", judgement);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(OfstedGrade), atOrWorseThan), nameof(atOrWorseThan), "Unknown grade {0}.", atOrWorseThan);
        return new(id, severity, InspectionCheck.LatestJudgement, judgement, atOrWorseThan, InspectionActivity.Graded, 0, null, null, 0, title);
    }

    /// <summary>Creates a rule that fires when the number of activities within the window is within [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="activity">The activities counted.</param>
    /// <param name="withinMonths">The window, in months back from the assessment date (1 to 600).</param>
    /// <param name="minimum">The fewest activities that fire, or null for no lower bound.</param>
    /// <param name="maximum">The most activities that fire, or null for no upper bound (at least one bound is given).</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid, an enum undefined, no bound given, or the bounds cross.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public static InspectionRule InspectionCount(string id, Severity severity, InspectionActivity activity, int withinMonths, int? minimum, int? maximum, string? title = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(InspectionActivity), activity), nameof(activity), "Unknown activity {0}.", activity);
        Preconditions.CheckArgumentRange(nameof(withinMonths), withinMonths, 1, 600);
        Preconditions.CheckArgument(minimum is not null || maximum is not null, nameof(minimum), "An inspection count needs a minimum, a maximum or both.");
        if (minimum is { } lo)
        {
            Preconditions.CheckArgumentRange(nameof(minimum), lo, 0, 1000);
        }
        if (maximum is { } hi)
        {
            Preconditions.CheckArgumentRange(nameof(maximum), hi, 0, 1000);
        }
        Preconditions.CheckArgument(minimum is null || maximum is null || minimum <= maximum, nameof(maximum), "The maximum ({0}) is below the minimum.", maximum);
        return new(id, severity, InspectionCheck.InspectionCount, OfstedJudgement.OverallEffectiveness, OfstedGrade.Inadequate, activity, withinMonths, minimum, maximum, 0, title);
    }

    /// <summary>Creates a rule that fires when the Director of Children's Services has been in post for less than <paramref name="lessThanMonths"/> months.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="lessThanMonths">The months (1 to 600).</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lessThanMonths"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public static InspectionRule DirectorTimeInPost(string id, Severity severity, int lessThanMonths, string? title = null) =>
        new(id, severity, InspectionCheck.DirectorTimeInPost, OfstedJudgement.OverallEffectiveness, OfstedGrade.Inadequate, InspectionActivity.Any, 0, null, null,
            Preconditions.CheckArgumentRange(nameof(lessThanMonths), lessThanMonths, 1, 600), title);

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Inspection;

    /// <summary>Gets the check.</summary>
    public InspectionCheck Check { get; }

    /// <summary>Gets the judgement read by <see cref="InspectionCheck.LatestJudgement"/>.</summary>
    public OfstedJudgement Judgement { get; }

    /// <summary>Gets the grade at or below which <see cref="InspectionCheck.LatestJudgement"/> fires.</summary>
    public OfstedGrade Grade { get; }

    /// <summary>Gets the activities counted by <see cref="InspectionCheck.InspectionCount"/>.</summary>
    public InspectionActivity Activity { get; }

    /// <summary>Gets the window of <see cref="InspectionCheck.InspectionCount"/>, in months (0 for other checks).</summary>
    public int WithinMonths { get; }

    /// <summary>Gets the fewest activities that fire, or null.</summary>
    public int? Minimum { get; }

    /// <summary>Gets the most activities that fire, or null.</summary>
    public int? Maximum { get; }

    /// <summary>Gets the months of <see cref="InspectionCheck.DirectorTimeInPost"/> (0 for other checks).</summary>
    public int LessThanMonths { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new InspectionRule(id, severity, Check, Judgement, Grade, Activity, WithinMonths, Minimum, Maximum, LessThanMonths, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (InspectionRule)other;
        return Check == o.Check && Judgement == o.Judgement && Grade == o.Grade && Activity == o.Activity && WithinMonths == o.WithinMonths
            && Minimum == o.Minimum && Maximum == o.Maximum && LessThanMonths == o.LessThanMonths;
    }

    internal override void Validate(Framework framework, Action<string, string> report)
    {
        // Inspection rules read no indicator or outcome.
    }

    internal override void Evaluate(RuleContext context)
    {
        var area = context.Area;
        switch (Check)
        {
            case InspectionCheck.LatestJudgement:
                {
                    var latest = area.LatestGradedInspection;
                    if (latest is null || GradeOf(latest, Judgement) is not { } grade || grade < Grade)
                    {
                        return;
                    }
                    context.Add(this, null,
                        "The latest graded Ofsted inspection (" + latest.Type.Describe() + ", " + Date(latest.InspectionDate) + ", published " + Date(latest.PublicationDate)
                        + ") judged " + Describe(Judgement) + " " + grade.Describe() + ", at or below " + Grade.Describe() + ".",
                        new EvidenceValue("judgement", Describe(Judgement)), new EvidenceValue("grade", grade.Describe()),
                        new EvidenceValue("inspection date", Date(latest.InspectionDate)), new EvidenceValue("published", Date(latest.PublicationDate)));
                    return;
                }
            case InspectionCheck.InspectionCount:
                {
                    var from = area.AsOf.PlusMonths(-WithinMonths);
                    var count = 0;
                    foreach (var i in area.Inspections)
                    {
                        if (i.InspectionDate > from && i.InspectionDate <= area.AsOf && Counts(i.Type))
                        {
                            count++;
                        }
                    }
                    if ((Minimum is { } lo && count < lo) || (Maximum is { } hi && count > hi))
                    {
                        return;
                    }
                    context.Add(this, null,
                        AssuranceText.Int(count) + " " + Describe(Activity) + " in the " + AssuranceText.Int(WithinMonths) + " months to " + Date(area.AsOf)
                        + " (the rule fires from " + Range() + ").",
                        new EvidenceValue("count", count), new EvidenceValue("window months", WithinMonths), new EvidenceValue("as of", Date(area.AsOf)));
                    return;
                }
            default:
                {
                    if (area.Leadership?.MonthsInPost(area.AsOf) is not { } months || months >= LessThanMonths)
                    {
                        return;
                    }
                    context.Add(this, null,
                        "The Director of Children's Services has been in post for " + AssuranceText.Int(months) + " months (since "
                        + Date(area.Leadership.DirectorInPostSince!.Value) + "), less than " + AssuranceText.Int(LessThanMonths) + ".",
                        new EvidenceValue("months in post", months), new EvidenceValue("in post since", Date(area.Leadership.DirectorInPostSince!.Value)));
                    return;
                }
        }
    }

    /// <summary>Gets the rule-file name of a judgement.</summary>
    internal static string Describe(OfstedJudgement judgement) => judgement switch
    {
        OfstedJudgement.OverallEffectiveness => "overall effectiveness",
        OfstedJudgement.ImpactOfLeaders => "the impact of leaders",
        OfstedJudgement.HelpAndProtection => "help and protection",
        OfstedJudgement.ChildrenInCare => "children in care",
        _ => "care leavers",
    };

    private static OfstedGrade? GradeOf(Inspection inspection, OfstedJudgement judgement) => judgement switch
    {
        OfstedJudgement.OverallEffectiveness => inspection.OverallEffectiveness,
        OfstedJudgement.ImpactOfLeaders => inspection.ImpactOfLeaders,
        OfstedJudgement.HelpAndProtection => inspection.HelpAndProtection,
        OfstedJudgement.ChildrenInCare => inspection.ChildrenInCare,
        _ => inspection.CareLeavers,
    };

    private bool Counts(InspectionType type) => Activity switch
    {
        InspectionActivity.Graded => type.IsGraded(),
        InspectionActivity.FocusedVisit => type == InspectionType.FocusedVisit,
        InspectionActivity.MonitoringVisit => type == InspectionType.MonitoringVisit,
        _ => true,
    };

    private static string Describe(InspectionActivity activity) => activity switch
    {
        InspectionActivity.Graded => "graded inspections",
        InspectionActivity.FocusedVisit => "focused visits",
        InspectionActivity.MonitoringVisit => "monitoring visits",
        _ => "inspections and visits",
    };

    private string Range() =>
        Minimum is { } lo && Maximum is { } hi ? (lo == hi ? AssuranceText.Int(lo) : AssuranceText.Int(lo) + " to " + AssuranceText.Int(hi))
        : Minimum is { } min ? AssuranceText.Int(min) + " or more"
        : AssuranceText.Int(Maximum!.Value) + " or fewer";

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
