using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace OutcomesFramework.Returns.Validation;

/// <summary>The small vocabulary the rule catalogues are written in.</summary>
internal static class RuleHelpers
{
    public static ValidationRule Row(ReturnKind kind, string code, string message, string table, string[] fields, Func<ReturnRecord, ValidationContext, bool> fails, RuleSeverity severity = RuleSeverity.Error) =>
        new(kind, code, severity, message, table, fields, ctx => ctx.Table(table).Where(r => fails(r, ctx)), fails);

    public static ValidationRule Group(ReturnKind kind, string code, string message, string table, string[] fields, Func<ValidationContext, IEnumerable<ReturnRecord>> check, RuleSeverity severity = RuleSeverity.Error) =>
        new(kind, code, severity, message, table, fields, check);

    /// <summary>Fails when the field has a value outside the codes (blank passes; a separate rule asks for it).</summary>
    public static Func<ReturnRecord, ValidationContext, bool> NotIn(string field, params string[] codes)
    {
        var set = new HashSet<string>(codes, StringComparer.Ordinal);
        return (r, _) => r[field] is { } v && !set.Contains(v);
    }

    /// <summary>Fails when the field is blank or outside the codes.</summary>
    public static Func<ReturnRecord, ValidationContext, bool> MissingOrNotIn(string field, params string[] codes)
    {
        var set = new HashSet<string>(codes, StringComparer.Ordinal);
        return (r, _) => r[field] is not { } v || !set.Contains(v);
    }

    /// <summary>True when the field has text that is not a valid date.</summary>
    public static bool BadDate(ReturnRecord r, string field) => r[field] is not null && r.GetDate(field) is null;

    /// <summary>
    /// True when the comma-separated list has more than one item and one of them is <paramref name="item"/>
    /// (what <c>list.Split(',')</c> would say, without an array and a string per item for every record).
    /// </summary>
    public static bool ListOfSeveralHas(string list, string item)
    {
        if (list.IndexOf(',') < 0)
        {
            return false;
        }
        var rest = list.AsSpan();
        while (true)
        {
            var comma = rest.IndexOf(',');
            var part = comma < 0 ? rest : rest.Slice(0, comma);
            if (part.SequenceEqual(item.AsSpan()))
            {
                return true;
            }
            if (comma < 0)
            {
                return false;
            }
            rest = rest.Slice(comma + 1);
        }
    }

    /// <summary>True when two items of the comma-separated list are the same text (ordinal), as <c>Split(',')</c> would give them.</summary>
    public static bool ListHasDuplicate(string list)
    {
        // A handful of factors per assessment: comparing each item with those after it beats a set.
        var rest = list.AsSpan();
        while (true)
        {
            var comma = rest.IndexOf(',');
            if (comma < 0)
            {
                return false;
            }
            var part = rest.Slice(0, comma);
            rest = rest.Slice(comma + 1);
            var later = rest;
            while (true)
            {
                var next = later.IndexOf(',');
                if ((next < 0 ? later : later.Slice(0, next)).SequenceEqual(part))
                {
                    return true;
                }
                if (next < 0)
                {
                    break;
                }
                later = later.Slice(next + 1);
            }
        }
    }

    /// <summary>Age in whole years on a date.</summary>
    public static int Age(LocalDate birth, LocalDate on) => Period.Between(birth, on, PeriodUnits.Years).Years;

    public static bool IsTrue(string? v) => v is "1" or "TRUE" or "Y";

    public static bool IsFalse(string? v) => v is "0" or "FALSE" or "N";
}
