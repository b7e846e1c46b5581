using System.Collections.Immutable;

namespace OutcomesFramework.Returns.Validation;

/// <summary>One record failing one rule: addressable to the child and the row (file and line, or XML path).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ValidationFailure
{
    internal ValidationFailure(ValidationRule rule, ReturnRecord record)
    {
        RuleCode = rule.Code;
        Severity = rule.Severity;
        Message = rule.Message;
        Fields = rule.AffectedFields;
        Table = record.Table;
        Row = record.Row;
        Location = record.Location;
        ChildId = record.ChildId;
    }

    /// <summary>Gets the rule's code.</summary>
    public string RuleCode { get; }

    /// <summary>Gets whether it is an error or a query.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Gets the rule's message.</summary>
    public string Message { get; }

    /// <summary>Gets the fields the rule looks at.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>Gets the table of the failing record.</summary>
    public string Table { get; }

    /// <summary>Gets the record's 0-based position in its table.</summary>
    public int Row { get; }

    /// <summary>Gets where the record is in the input.</summary>
    public RecordLocation Location { get; }

    /// <summary>Gets the child's identifier, or null when the record has none.</summary>
    public string? ChildId { get; }

    /// <inheritdoc/>
    public override string ToString() => RuleCode + " " + Severity + " " + Location + (ChildId is null ? string.Empty : " child " + ChildId) + ": " + Message;
}
