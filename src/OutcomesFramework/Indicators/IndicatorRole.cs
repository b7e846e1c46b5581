namespace OutcomesFramework.Indicators;

/// <summary>How an indicator takes part in a scorecard.</summary>
public enum IndicatorRole
{
    /// <summary>Evidence of an outcome: ranked, banded and scored into its outcome.</summary>
    Outcome = 0,

    /// <summary>A context or demand measure (children looked after per 10,000): shown and compared, never scored. Has no polarity.</summary>
    Context = 1,

    /// <summary>A condition for good services (workforce turnover, agency, vacancy, caseload): ranked and read by assurance rules, not scored into an outcome.</summary>
    Enabler = 2,
}
