using NodaTime;

namespace OutcomesFramework.Returns.Ssda903;

/// <summary>An episode of care from one of several years' 903 submissions, after the episode fixes, with which fix (if any) changed it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class HistoricEpisode
{
    internal HistoricEpisode(ReturnRecord record, LocalDate start, CollectionYear submission)
    {
        Record = record;
        Child = record.ChildId!;
        Start = start;
        End = record.GetDate("DEC");
        Reason = record["REC"];
        ReasonPlaceChange = record["REASON_PLACE_CHANGE"];
        Submission = submission;
        Source = "Original";
    }

    internal ReturnRecord Record { get; }

    /// <summary>Gets the child's identifier.</summary>
    public string Child { get; }

    /// <summary>Gets the start date (DECOM).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the end date (DEC) after the fixes, or null while open.</summary>
    public LocalDate? End { get; internal set; }

    /// <summary>Gets the reason the episode ended (REC) after the fixes: X1 when a fix found it continues, E99 when a fix closed it.</summary>
    public string? Reason { get; internal set; }

    /// <summary>Gets the reason for a placement change, LIIAF when a fix inferred one.</summary>
    public string? ReasonPlaceChange { get; internal set; }

    /// <summary>Gets the reason for new episode (RNE).</summary>
    public string? ReasonNewEpisode => Record["RNE"];

    /// <summary>Gets the legal status (LS).</summary>
    public string? LegalStatus => Record["LS"];

    /// <summary>Gets the placement type (PLACE).</summary>
    public string? Place => Record["PLACE"];

    /// <summary>Gets the collection year of the submission the episode came from.</summary>
    public CollectionYear Submission { get; }

    /// <summary>Gets "Original", or the fixes applied, for example "RULE_1" or "RULE_1 | RULE_4".</summary>
    public string Source { get; internal set; }

    /// <summary>Gets the row the episode came from.</summary>
    public RecordLocation Location => Record.Location;
}
