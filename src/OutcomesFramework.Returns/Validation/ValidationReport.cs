using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace OutcomesFramework.Returns.Validation;

/// <summary>The result of validating a return against a rule set: every failure, in rule, table and row order.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ValidationReport
{
    internal ValidationReport(ValidationRuleSet ruleSet, ImmutableArray<ValidationFailure> failures)
    {
        RuleSet = ruleSet;
        Failures = failures;
    }

    /// <summary>Gets the rule set that was run.</summary>
    public ValidationRuleSet RuleSet { get; }

    /// <summary>Gets the failures.</summary>
    public ImmutableArray<ValidationFailure> Failures { get; }

    /// <summary>Gets the number of error failures.</summary>
    public int ErrorCount => Failures.Count(f => f.Severity == RuleSeverity.Error);

    /// <summary>Gets the number of query failures.</summary>
    public int QueryCount => Failures.Count(f => f.Severity == RuleSeverity.Query);

    /// <summary>
    /// Writes the failures as RFC 4180 CSV (UTF-8 text, LF line ends): rule, severity, table, row, source, line,
    /// xml_path, child, fields, message. It holds child identifiers: it is for the council's own analysts.
    /// </summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var sb = new StringBuilder("rule,severity,table,row,source,line,xml_path,child,fields,message\n");
        foreach (var f in Failures)
        {
            var location = f.Location;
            sb.Append(Csv(f.RuleCode)).Append(',').Append(f.Severity == RuleSeverity.Error ? "error" : "query").Append(',')
              .Append(Csv(f.Table)).Append(',').Append(f.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',')
              .Append(Csv(location.Source)).Append(',').Append(location.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
              .Append(Csv(location.XmlPath ?? string.Empty)).Append(',').Append(Csv(f.ChildId ?? string.Empty)).Append(',')
              .Append(Csv(string.Join(";", f.Fields))).Append(',').Append(Csv(f.Message)).Append('\n');
        }
        return sb.ToString();
    }

    private static string Csv(string s)
    {
        foreach (var c in s)
        {
            if (c is ',' or '"' or '\n' or '\r')
            {
                return "\"" + s.Replace("\"", "\"\"") + "\"";
            }
        }
        return s;
    }
}
