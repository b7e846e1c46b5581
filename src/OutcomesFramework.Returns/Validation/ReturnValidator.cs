using System;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Returns.Calendar;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Validation;

/// <summary>Runs a rule set over a return.</summary>
public static class ReturnValidator
{
    /// <summary>Validates a return against its year's DfE rules, or the given rule set.</summary>
    /// <param name="data">The return.</param>
    /// <param name="rules">The rules, or null for <see cref="ValidationRuleSet.For"/> of the return's kind and year.</param>
    /// <returns>The failures, in rule, table and row order.</returns>
    /// <exception cref="ArgumentException">The rule set is for another return.</exception>
    public static ValidationReport Validate(ReturnData data, ValidationRuleSet? rules = null)
    {
        Preconditions.CheckNotNull(data, nameof(data));
        rules ??= ValidationRuleSet.For(data.Kind, data.Year);
        Preconditions.CheckArgument(rules.Return == data.Kind, nameof(rules), "The rule set {0} is for another return.", rules.Id);
        var context = new ValidationContext(data, WorkingDayCalendar.EnglandAndWales);
        var failures = ImmutableArray.CreateBuilder<ValidationFailure>();
        foreach (var rule in rules.Rules)
        {
            foreach (var record in rule.Check(context).Distinct().OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Row))
            {
                failures.Add(new ValidationFailure(rule, record));
            }
        }
        return new ValidationReport(rules, failures.ToImmutable());
    }
}
