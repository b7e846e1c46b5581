using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        var found = new List<ReturnRecord>();
        foreach (var rule in rules.Rules)
        {
            if (rule.RowCheck is { } fails)
            {
                // A record rule: one plain pass over its table, whose records are distinct and in row order already.
                var table = context.Table(rule.Table);
                for (var i = 0; i < table.Length; i++)
                {
                    if (fails(table[i], context))
                    {
                        failures.Add(new ValidationFailure(rule, table[i]));
                    }
                }
                continue;
            }
            // A group rule may name a record twice and in any order: table then row order, each record once (records
            // are distinct by table and row, so sorting by them and dropping neighbours equal to each other is Distinct).
            found.Clear();
            found.AddRange(rule.Check(context));
            found.Sort(TableRowOrder.Instance);
            for (var i = 0; i < found.Count; i++)
            {
                if (i == 0 || !ReferenceEquals(found[i], found[i - 1]))
                {
                    failures.Add(new ValidationFailure(rule, found[i]));
                }
            }
        }
        return new ValidationReport(rules, failures.ToImmutable());
    }

    /// <summary>Records by table (ordinal), then row.</summary>
    private sealed class TableRowOrder : IComparer<ReturnRecord>
    {
        public static readonly TableRowOrder Instance = new();

        public int Compare(ReturnRecord? x, ReturnRecord? y)
        {
            var t = string.CompareOrdinal(x!.Table, y!.Table);
            return t != 0 ? t : x.Row.CompareTo(y.Row);
        }
    }
}
