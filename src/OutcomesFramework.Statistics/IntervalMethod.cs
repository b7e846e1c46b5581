namespace OutcomesFramework.Statistics;

/// <summary>The method that produced a confidence interval, so that an explanation can cite it.</summary>
public enum IntervalMethod
{
    /// <summary>Limits supplied with published data; the method is not known here.</summary>
    Supplied = 0,

    /// <summary>Wilson score interval for a proportion (Wilson 1927).</summary>
    Wilson = 1,

    /// <summary>Exact Poisson limits from the chi-squared distribution (used below 10 events).</summary>
    ExactPoisson = 2,

    /// <summary>Byar's approximation to the exact Poisson limits (Breslow &amp; Day 1987; used from 10 events).</summary>
    Byars = 3,

    /// <summary>Student's t-distribution interval for a mean.</summary>
    StudentT = 4,

    /// <summary>Dobson et al. (1991) interval for a directly standardised rate, using Byar's limits for the total count.</summary>
    Dobson = 5,

    /// <summary>Dobson's interval with the variance adjusted for people with more than one event.</summary>
    DobsonNonIndependentEvents = 6,

    /// <summary>DeLong et al. (1988) normal-approximation interval for an area under the ROC curve.</summary>
    DeLong = 7,

    /// <summary>Percentile interval of seeded bootstrap replicates.</summary>
    BootstrapPercentile = 8,
}
