namespace OutcomesFramework.Periods;

/// <summary>Which release of a period's figures a label names, where the publisher says so (LAIT writes
/// <c>2025 (prov)</c>, <c>2024 (Rev)</c>, <c>2021 (Final)</c>, <c>2024-25 (OT)</c>).</summary>
public enum ReleaseStage
{
    /// <summary>The label names no release: the figures as published.</summary>
    Published = 0,

    /// <summary>Provisional figures (<c>(prov)</c>), to be revised.</summary>
    Provisional = 1,

    /// <summary>Revised figures (<c>(Rev)</c>), replacing the provisional ones.</summary>
    Revised = 2,

    /// <summary>Final figures (<c>(Final)</c>).</summary>
    Final = 3,

    /// <summary>Finance outturn (<c>(OT)</c>): what was spent in the financial year, as opposed to what was budgeted.</summary>
    Outturn = 4,
}
