using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>The result of reading EES files: the observations, and the report that accounts for every row read.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EesIngest
{
    /// <summary>Pairs observations with the report of the read that produced them (the England package joins its EES and LAIT reads).</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="report">The account of every row read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EesIngest(ObservationSet observations, EesIngestReport report)
    {
        Observations = Preconditions.CheckNotNull(observations, nameof(observations));
        Report = Preconditions.CheckNotNull(report, nameof(report));
    }

    /// <summary>Gets the observations, one per (indicator, area, period).</summary>
    public ObservationSet Observations { get; }

    /// <summary>Gets the account of every row read.</summary>
    public EesIngestReport Report { get; }
}
