namespace OutcomesFramework.Statistics;

/// <summary>Labels for <see cref="IntervalMethod"/> values.</summary>
public static class IntervalMethodExtensions
{
    /// <summary>
    /// The label PHEindicatormethods writes in its <c>method</c> column: "Wilson", "Exact", "Byars",
    /// "Student's t-distribution", "Dobson", "Dobson, with confidence adjusted for non-independent events".
    /// </summary>
    /// <param name="method">The method.</param>
    /// <returns>The label; "Supplied" for published limits.</returns>
    public static string ToLabel(this IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson",
        IntervalMethod.ExactPoisson => "Exact",
        IntervalMethod.Byars => "Byars",
        IntervalMethod.StudentT => "Student's t-distribution",
        IntervalMethod.Dobson => "Dobson",
        IntervalMethod.DobsonNonIndependentEvents => "Dobson, with confidence adjusted for non-independent events",
        IntervalMethod.DeLong => "DeLong",
        IntervalMethod.BootstrapPercentile => "Bootstrap percentile",
        _ => "Supplied",
    };

    /// <summary>A phrase for an explanation: "Wilson score", "exact Poisson", "Byar's approximation", ….</summary>
    /// <param name="method">The method.</param>
    /// <returns>The phrase.</returns>
    public static string ToDescription(this IntervalMethod method) => method switch
    {
        IntervalMethod.Wilson => "Wilson score interval",
        IntervalMethod.ExactPoisson => "exact Poisson limits",
        IntervalMethod.Byars => "Byar's approximation to the Poisson limits",
        IntervalMethod.StudentT => "Student's t-distribution",
        IntervalMethod.Dobson => "Dobson method with Byar's limits",
        IntervalMethod.DobsonNonIndependentEvents => "Dobson method adjusted for non-independent events",
        IntervalMethod.DeLong => "DeLong's nonparametric variance of the area under the ROC curve",
        IntervalMethod.BootstrapPercentile => "percentile interval of seeded bootstrap replicates",
        _ => "supplied confidence limits",
    };
}
