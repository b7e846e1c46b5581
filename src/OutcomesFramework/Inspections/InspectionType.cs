using System;

namespace OutcomesFramework.Inspections;

/// <summary>The kind of Ofsted activity under the ILACS framework.</summary>
public enum InspectionType
{
    /// <summary>A standard inspection (two weeks on site), graded: "ILACS Standard Inspection".</summary>
    StandardInspection = 0,

    /// <summary>A short inspection (one week) for authorities previously judged good or outstanding, graded: "ILACS Short Inspection".</summary>
    ShortInspection = 1,

    /// <summary>A focused visit on one theme, not graded: "ILACS Focused Visit".</summary>
    FocusedVisit = 2,

    /// <summary>A monitoring visit to an authority judged inadequate, not graded: "LA Monitoring visit".</summary>
    MonitoringVisit = 3,
}
