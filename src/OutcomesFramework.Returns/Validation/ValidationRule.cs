using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Validation;

/// <summary>
/// One of the DfE's validation rules for a return, as the DfE and Data to Insight's validators publish it: its code,
/// message, the fields it looks at and whether a failure is an error or a query. The check itself is the library's.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ValidationRule
{
    internal ValidationRule(ReturnKind kind, string code, RuleSeverity severity, string message, string table, IEnumerable<string> fields, Func<ValidationContext, IEnumerable<ReturnRecord>> check, Func<ReturnRecord, ValidationContext, bool>? rowCheck = null)
    {
        RowCheck = rowCheck;
        Return = kind;
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Severity = severity;
        Message = message;
        Table = table;
        AffectedFields = fields.ToImmutableArray();
        Check = check;
    }

    /// <summary>Gets the return the rule checks.</summary>
    public ReturnKind Return { get; }

    /// <summary>Gets the DfE's rule code (for example 103, or 8525Q for a CIN query).</summary>
    public string Code { get; }

    /// <summary>Gets whether a failure is an error or a query.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Gets the DfE's message.</summary>
    public string Message { get; }

    /// <summary>Gets the table whose records a failure points to.</summary>
    public string Table { get; }

    /// <summary>Gets the fields the rule looks at.</summary>
    public ImmutableArray<string> AffectedFields { get; }

    internal Func<ValidationContext, IEnumerable<ReturnRecord>> Check { get; }

    /// <summary>
    /// The record test of a rule that looks at one record at a time (of <see cref="Table"/>), or null for a rule over
    /// groups: the validator runs it in a plain loop over the table, whose failures are already distinct and in row order.
    /// </summary>
    internal Func<ReturnRecord, ValidationContext, bool>? RowCheck { get; }

    /// <inheritdoc/>
    public override string ToString() => Code + " (" + Severity + "): " + Message;
}
