using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// The result of running a rule set for one authority: its findings (most severe first), its early-warning level and
/// the findings that raised it.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AssuranceResult
{
    internal AssuranceResult(Area area, int year, LocalDate asOf, string ruleSetId, string ruleSetVersion, ImmutableArray<Finding> findings)
    {
        Area = area;
        Year = year;
        AsOf = asOf;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Findings = findings;
        var worst = Severity.Information;
        counts = new int[4];
        foreach (var f in findings)
        {
            counts[(int)f.Severity]++;
            if (f.Severity > worst)
            {
                worst = f.Severity;
            }
        }
        Level = findings.IsEmpty ? EarlyWarningLevel.None : EarlyWarning.LevelOf(worst);
        RaisedBy = Level == EarlyWarningLevel.None ? ImmutableArray<Finding>.Empty : findings.Where(f => f.Severity == worst).ToImmutableArray();
    }

    private readonly int[] counts;

    /// <summary>Gets the authority.</summary>
    public Area Area { get; }

    /// <summary>Gets the scorecard's year.</summary>
    public int Year { get; }

    /// <summary>Gets the date of the assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the id of the rule set run.</summary>
    public string RuleSetId { get; }

    /// <summary>Gets the version of the rule set run.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Gets the findings: most severe first, then in rule-set order, then in framework order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets the early-warning level: the level of the most severe finding (<see cref="EarlyWarning.LevelOf(Severity)"/>).</summary>
    public EarlyWarningLevel Level { get; }

    /// <summary>Gets the findings that raised the level (those of the most severe severity); empty for <see cref="EarlyWarningLevel.None"/>.</summary>
    public ImmutableArray<Finding> RaisedBy { get; }

    /// <summary>Counts the findings of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The severity is not defined.</exception>
    public int Count(Severity severity) => (int)severity >= 0 && (int)severity < counts.Length
        ? counts[(int)severity]
        : throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity.");

    /// <summary>
    /// Orders results worst first: by level, then by how many findings raised it, then by how many concern and advisory
    /// findings there are, then by the authority's name and code (ordinal), so the order never depends on input order.
    /// </summary>
    public static IComparer<AssuranceResult> WorstFirst { get; } = new WorstFirstComparer();

    /// <inheritdoc />
    public override string ToString() => Area.Name + ": " + Level.ToName() + " (" + Findings.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " findings)";

    private sealed class WorstFirstComparer : IComparer<AssuranceResult>
    {
        public int Compare(AssuranceResult? x, AssuranceResult? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }
            if (x is null)
            {
                return 1;
            }
            if (y is null)
            {
                return -1;
            }
            var c = y.Level.CompareTo(x.Level);
            if (c != 0)
            {
                return c;
            }
            c = y.RaisedBy.Length.CompareTo(x.RaisedBy.Length);
            if (c != 0)
            {
                return c;
            }
            for (var s = Severity.Serious; s >= Severity.Information; s--)
            {
                c = y.counts[(int)s].CompareTo(x.counts[(int)s]);
                if (c != 0)
                {
                    return c;
                }
            }
            c = string.CompareOrdinal(x.Area.Name, y.Area.Name);
            return c != 0 ? c : string.CompareOrdinal(x.Area.Code, y.Area.Code);
        }
    }
}
