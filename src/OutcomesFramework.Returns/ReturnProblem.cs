namespace OutcomesFramework.Returns;

/// <summary>One thing a reader tolerated or rejected, with where it is: file, line or XML path, child and field.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReturnProblem
{
    internal ReturnProblem(ReturnProblemKind kind, RecordLocation location, string? childId, string? field, string message, bool rejectsRecord)
    {
        Kind = kind;
        Location = location;
        ChildId = childId;
        Field = field;
        Message = message;
        RejectsRecord = rejectsRecord;
    }

    /// <summary>Gets what kind of problem it is.</summary>
    public ReturnProblemKind Kind { get; }

    /// <summary>Gets where it is.</summary>
    public RecordLocation Location { get; }

    /// <summary>Gets the child's identifier, when the record has one.</summary>
    public string? ChildId { get; }

    /// <summary>Gets the field (column or element), when the problem is in one.</summary>
    public string? Field { get; }

    /// <summary>Gets a plain-English description.</summary>
    public string Message { get; }

    /// <summary>Gets whether the record was rejected (true) or kept with the problem flagged (false).</summary>
    public bool RejectsRecord { get; }

    /// <summary>Returns "location: [child X] [field F] message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Location + ": " + (ChildId is null ? string.Empty : "child " + ChildId + ", ") + (Field is null ? string.Empty : Field + ": ") + Message;
}
