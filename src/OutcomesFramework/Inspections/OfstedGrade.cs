using System;

namespace OutcomesFramework.Inspections;

/// <summary>
/// An Ofsted judgement on the four-point scale of the inspection of local authority children's services (ILACS,
/// from January 2018). The numeric values are Ofsted's grade numbers: 1 is the best, 4 the worst.
/// </summary>
public enum OfstedGrade
{
    /// <summary>Grade 1, "Outstanding".</summary>
    Outstanding = 1,

    /// <summary>Grade 2, "Good".</summary>
    Good = 2,

    /// <summary>Grade 3, "Requires improvement to be good".</summary>
    RequiresImprovement = 3,

    /// <summary>Grade 4, "Inadequate".</summary>
    Inadequate = 4,
}

/// <summary>Conversions between <see cref="OfstedGrade"/> and the wording Ofsted publishes.</summary>
public static class OfstedGrades
{
    /// <summary>Reads Ofsted's wording of a grade: "Outstanding", "Good", "Requires improvement to be good" (or
    /// "Requires improvement"), "Inadequate"; case and surrounding white space are ignored.</summary>
    /// <param name="text">The published text.</param>
    /// <param name="grade">The grade, when the text is one of the four.</param>
    /// <returns>True when <paramref name="text"/> names a grade.</returns>
    public static bool TryParse(string? text, out OfstedGrade grade)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "OUTSTANDING":
                grade = OfstedGrade.Outstanding;
                return true;
            case "GOOD":
                grade = OfstedGrade.Good;
                return true;
            case "REQUIRES IMPROVEMENT TO BE GOOD":
            case "REQUIRES IMPROVEMENT":
                grade = OfstedGrade.RequiresImprovement;
                return true;
            case "INADEQUATE":
                grade = OfstedGrade.Inadequate;
                return true;
            default:
                grade = default;
                return false;
        }
    }

    /// <summary>Ofsted's wording of a grade, for example "Requires improvement to be good".</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The wording.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The grade is not defined.</exception>
    public static string Describe(this OfstedGrade grade) => grade switch
    {
        OfstedGrade.Outstanding => "Outstanding",
        OfstedGrade.Good => "Good",
        OfstedGrade.RequiresImprovement => "Requires improvement to be good",
        OfstedGrade.Inadequate => "Inadequate",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown Ofsted grade."),
    };
}
