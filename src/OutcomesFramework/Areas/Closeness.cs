namespace OutcomesFramework.Areas;

/// <summary>How close a statistical neighbour is, in the labels of the DfE/NFER model.</summary>
public enum Closeness
{
    /// <summary>"Extremely close".</summary>
    ExtremelyClose = 0,

    /// <summary>"Very close".</summary>
    VeryClose = 1,

    /// <summary>"Close".</summary>
    Close = 2,

    /// <summary>"Somewhat close".</summary>
    SomewhatClose = 3,

    /// <summary>"Not close".</summary>
    NotClose = 4,
}
