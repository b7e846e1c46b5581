namespace OutcomesFramework;

/// <summary>
/// How much a finding matters, in rising order, so that <c>severity &gt;= Severity.Concern</c> reads as it says.
/// </summary>
/// <remarks>Shared by the assurance rules that raise findings and the accountability routing that sends them on.</remarks>
public enum Severity
{
    /// <summary>For information: nothing to act on yet.</summary>
    Information = 0,

    /// <summary>Worth a look: advice to the people who run the service.</summary>
    Advisory = 1,

    /// <summary>A concern: the people accountable should act and their managers should know.</summary>
    Concern = 2,

    /// <summary>Serious: reaches the Chief Executive and the Lead Member for Children's Services.</summary>
    Serious = 3,
}
