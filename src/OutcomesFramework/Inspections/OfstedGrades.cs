using System;

namespace OutcomesFramework.Inspections;

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
