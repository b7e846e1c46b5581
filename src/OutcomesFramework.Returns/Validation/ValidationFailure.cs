using System.Collections.Immutable;

namespace OutcomesFramework.Returns.Validation;

/// <summary>One record failing one rule: addressable to the child and the row (file and line, or XML path).</summary>
/// <remarks>A failure refers to its record (and so keeps the return's values in memory while it is kept).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ValidationFailure
{
    // The failure keeps its rule and record and answers from them: an England-sized year fails hundreds of thousands
    // of times, and a copy of every property (and a location object each) was most of what validation kept.
    private readonly ValidationRule rule;
    private readonly ReturnRecord record;

    internal ValidationFailure(ValidationRule rule, ReturnRecord record)
    {
        this.rule = rule;
        this.record = record;
    }

    /// <summary>Gets the rule's code.</summary>
    public string RuleCode => rule.Code;

    /// <summary>Gets whether it is an error or a query.</summary>
    public RuleSeverity Severity => rule.Severity;

    /// <summary>Gets the rule's message.</summary>
    public string Message => rule.Message;

    /// <summary>Gets the fields the rule looks at.</summary>
    public ImmutableArray<string> Fields => rule.AffectedFields;

    /// <summary>Gets the table of the failing record.</summary>
    public string Table => record.Table;

    /// <summary>Gets the record's 0-based position in its table.</summary>
    public int Row => record.Row;

    /// <summary>Gets where the record is in the input.</summary>
    public RecordLocation Location => record.Location;

    /// <summary>Gets the child's identifier, or null when the record has none.</summary>
    public string? ChildId => record.ChildId;

    /// <inheritdoc/>
    public override string ToString() => RuleCode + " " + Severity + " " + Location + (ChildId is null ? string.Empty : " child " + ChildId) + ": " + Message;
}
