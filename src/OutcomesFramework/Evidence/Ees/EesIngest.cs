using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>The result of reading EES files: the observations, and the report that accounts for every row read.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EesIngest
{
    internal EesIngest(ObservationSet observations, EesIngestReport report)
    {
        Observations = Preconditions.CheckNotNull(observations, nameof(observations));
        Report = Preconditions.CheckNotNull(report, nameof(report));
    }

    /// <summary>Gets the observations, one per (indicator, area, period).</summary>
    public ObservationSet Observations { get; }

    /// <summary>Gets the account of every row read.</summary>
    public EesIngestReport Report { get; }
}
