namespace OutcomesFramework.Assurance;

/// <summary>The check of an <see cref="InspectionRule"/>.</summary>
public enum InspectionCheck
{
    /// <summary>A judgement of the latest graded ILACS inspection is at or worse than a grade.</summary>
    LatestJudgement = 0,

    /// <summary>The number of inspections or visits within a window is within a range.</summary>
    InspectionCount = 1,

    /// <summary>The Director of Children's Services has been in post for less than a number of months (where the council supplies the date).</summary>
    DirectorTimeInPost = 2,
}
