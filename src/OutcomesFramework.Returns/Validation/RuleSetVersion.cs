using System;
using System.Collections.Generic;

namespace OutcomesFramework.Returns.Validation;

/// <summary>One collection year's changes to the rules of the year before: add, change (same code) and remove.</summary>
internal sealed class RuleSetVersion
{
    public RuleSetVersion(int year, IReadOnlyList<ValidationRule> add, IReadOnlyList<ValidationRule>? change = null, IReadOnlyList<string>? remove = null)
    {
        Year = year;
        Add = add;
        Change = change ?? Array.Empty<ValidationRule>();
        Remove = remove ?? Array.Empty<string>();
    }

    /// <summary>The collection year (its end year) from which the changes apply.</summary>
    public int Year { get; }

    public IReadOnlyList<ValidationRule> Add { get; }

    public IReadOnlyList<ValidationRule> Change { get; }

    public IReadOnlyList<string> Remove { get; }
}
