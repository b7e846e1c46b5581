namespace OutcomesFramework.Assurance;

/// <summary>Which Ofsted activities an <see cref="InspectionCheck.InspectionCount"/> counts.</summary>
public enum InspectionActivity
{
    /// <summary>Graded (standard and short) inspections.</summary>
    Graded = 0,

    /// <summary>Focused visits.</summary>
    FocusedVisit = 1,

    /// <summary>Monitoring visits (to authorities judged inadequate).</summary>
    MonitoringVisit = 2,

    /// <summary>Any inspection or visit.</summary>
    Any = 3,
}
