using System;

namespace OutcomesFramework.Inspections;

/// <summary>Conversions between <see cref="InspectionType"/> and the wording Ofsted publishes.</summary>
public static class InspectionTypes
{
    /// <summary>Reads Ofsted's wording: "ILACS Standard Inspection", "ILACS Short Inspection", "ILACS Focused Visit",
    /// "LA Monitoring visit" (case and surrounding white space ignored).</summary>
    /// <param name="text">The published text.</param>
    /// <param name="type">The type, when the text is known.</param>
    /// <returns>True when <paramref name="text"/> names a type.</returns>
    public static bool TryParse(string? text, out InspectionType type)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "ILACS STANDARD INSPECTION":
                type = InspectionType.StandardInspection;
                return true;
            case "ILACS SHORT INSPECTION":
                type = InspectionType.ShortInspection;
                return true;
            case "ILACS FOCUSED VISIT":
                type = InspectionType.FocusedVisit;
                return true;
            case "LA MONITORING VISIT":
                type = InspectionType.MonitoringVisit;
                return true;
            default:
                type = default;
                return false;
        }
    }

    /// <summary>Returns whether an activity of this type carries judgements (standard and short inspections do; visits do not).</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for <see cref="InspectionType.StandardInspection"/> and <see cref="InspectionType.ShortInspection"/>.</returns>
    public static bool IsGraded(this InspectionType type) => type is InspectionType.StandardInspection or InspectionType.ShortInspection;

    /// <summary>Ofsted's wording of a type, for example "ILACS Short Inspection".</summary>
    /// <param name="type">The type.</param>
    /// <returns>The wording.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static string Describe(this InspectionType type) => type switch
    {
        InspectionType.StandardInspection => "ILACS Standard Inspection",
        InspectionType.ShortInspection => "ILACS Short Inspection",
        InspectionType.FocusedVisit => "ILACS Focused Visit",
        InspectionType.MonitoringVisit => "LA Monitoring visit",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown inspection type."),
    };
}
