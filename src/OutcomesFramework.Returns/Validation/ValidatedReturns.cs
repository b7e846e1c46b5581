namespace OutcomesFramework.Returns.Validation;

/// <summary>
/// A council's SSDA903 return and CIN census read and validated side by side (<see cref="ReturnsReader.ReadAndValidate"/>):
/// each return with its report, null where the return was not given.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ValidatedReturns
{
    internal ValidatedReturns(ReturnData? ssda903, ValidationReport? ssda903Report, ReturnData? cin, ValidationReport? cinReport)
    {
        Ssda903 = ssda903;
        Ssda903Report = ssda903Report;
        Cin = cin;
        CinReport = cinReport;
    }

    /// <summary>Gets the SSDA903 return, or null when none was given.</summary>
    public ReturnData? Ssda903 { get; }

    /// <summary>Gets the SSDA903 return's validation report, or null when no 903 was given.</summary>
    public ValidationReport? Ssda903Report { get; }

    /// <summary>Gets the CIN census, or null when none was given.</summary>
    public ReturnData? Cin { get; }

    /// <summary>Gets the CIN census's validation report, or null when no census was given.</summary>
    public ValidationReport? CinReport { get; }
}
