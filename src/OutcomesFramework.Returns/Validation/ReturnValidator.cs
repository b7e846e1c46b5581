using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using OutcomesFramework.Returns.Calendar;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Validation;

/// <summary>Runs a rule set over a return.</summary>
/// <remarks>
/// The rules run in parallel (each rule reads the return and the shared lookups, and keeps its own failures); the
/// failures are then put together in rule order, so the report is the same, byte for byte, on any number of threads.
/// </remarks>
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
        var set = rules.Rules;
        var found = new List<ValidationFailure>[set.Length];
        try
        {
            Parallel.For(0, set.Length, i => found[i] = Run(set[i], context));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A rule's own exception, not the parallel loop's wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        var total = 0;
        foreach (var f in found)
        {
            total += f.Count;
        }
        var failures = ImmutableArray.CreateBuilder<ValidationFailure>(total);
        foreach (var f in found)
        {
            failures.AddRange(f);
        }
        return new ValidationReport(rules, failures.MoveToImmutable());
    }

    /// <summary>One rule's failures, in table and row order, each record once.</summary>
    private static List<ValidationFailure> Run(ValidationRule rule, ValidationContext context)
    {
        var failures = new List<ValidationFailure>();
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
            return failures;
        }
        // A group rule may name a record twice and in any order: table then row order, each record once (records are
        // distinct by table and row, so sorting by them and dropping neighbours equal to each other is Distinct).
        var records = new List<ReturnRecord>(rule.Check(context));
        records.Sort(TableRowOrder.Instance);
        for (var i = 0; i < records.Count; i++)
        {
            if (i == 0 || !ReferenceEquals(records[i], records[i - 1]))
            {
                failures.Add(new ValidationFailure(rule, records[i]));
            }
        }
        return failures;
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
