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
