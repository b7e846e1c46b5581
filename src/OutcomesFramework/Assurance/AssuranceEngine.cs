using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Runs a rule set over authorities' evidence: every rule, then the baskets, giving each authority its findings and
/// early-warning level.
/// </summary>
/// <remarks>
/// <para>The rule set is checked against the framework once, when the engine is made: a rule naming an indicator
/// the framework lacks is refused then, not silently skipped later.</para>
/// <para>Results are deterministic: the same evidence gives the same findings in the same order, whatever the
/// culture or the order the authorities are given in.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe; <see cref="Assess"/> may be called from several threads.</threadsafety>
public sealed class AssuranceEngine
{
    // One chart workspace per thread: the engine is shared, the buffers are not.
    [ThreadStatic]
    private static SpcWorkspace? workspace;

    private readonly AssuranceRule[] ordinary;
    private readonly AssuranceRule[] baskets;

    /// <summary>Creates an engine.</summary>
    /// <param name="ruleSet">The rules to run.</param>
    /// <param name="framework">The framework the evidence comes from.</param>
    /// <exception cref="RuleSetValidationException">The rule set names indicators the framework lacks, or is otherwise invalid against it; all problems are listed.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AssuranceEngine(RuleSet ruleSet, Framework framework)
    {
        RuleSet = Preconditions.CheckNotNull(ruleSet, nameof(ruleSet));
        Framework = Preconditions.CheckNotNull(framework, nameof(framework));
        var problems = ruleSet.Validate(framework);
        if (problems.Length > 0)
        {
            throw new RuleSetValidationException(problems, ruleSet.Id + " " + ruleSet.Version);
        }
        ordinary = ruleSet.Rules.Where(r => r.Kind != RuleKind.Basket).ToArray();
        baskets = ruleSet.Rules.Where(r => r.Kind == RuleKind.Basket).ToArray();
    }

    /// <summary>Gets the rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the framework.</summary>
    public Framework Framework { get; }

    /// <summary>Runs the rules for one authority.</summary>
    /// <param name="evidence">The authority's evidence.</param>
    /// <returns>The findings and early-warning level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public AssuranceResult Assess(AreaEvidence evidence)
    {
        Preconditions.CheckNotNull(evidence, nameof(evidence));
        var context = new RuleContext(evidence, RuleSet.Id, RuleSet.Version, workspace ??= new SpcWorkspace());
        foreach (var rule in ordinary)
        {
            rule.Evaluate(context);
        }
        foreach (var rule in baskets)
        {
            rule.Evaluate(context);
        }
        var findings = context.Findings;
        // Most severe first; within a severity, rule-set order; within a rule, the order it raised them (framework order).
        var order = new int[findings.Count];
        var ruleIndex = new int[findings.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            ruleIndex[i] = RuleSet.IndexOf(findings[i].RuleId);
        }
        Array.Sort(order, (a, b) =>
        {
            var c = findings[b].Severity.CompareTo(findings[a].Severity);
            if (c != 0)
            {
                return c;
            }
            c = ruleIndex[a].CompareTo(ruleIndex[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = ImmutableArray.CreateBuilder<Finding>(order.Length);
        foreach (var i in order)
        {
            sorted.Add(findings[i]);
        }
        return new AssuranceResult(evidence.Area, evidence.Year, evidence.AsOf, RuleSet.Id, RuleSet.Version, sorted.MoveToImmutable());
    }

    /// <summary>Runs the rules for many authorities and orders the results worst first (<see cref="AssuranceResult.WorstFirst"/>).</summary>
    /// <param name="evidence">The authorities' evidence.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (1 = sequential); the results are identical whatever the number.</param>
    /// <returns>The results, worst first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public ImmutableArray<AssuranceResult> AssessAll(IEnumerable<AreaEvidence> evidence, int maxDegreeOfParallelism = 1)
    {
        var list = Preconditions.CheckNotNull(evidence, nameof(evidence)).ToList();
        Preconditions.CheckNoNullElements(list, nameof(evidence));
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, 1, 1024);
        var results = new AssuranceResult[list.Count];
        if (maxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = Assess(list[i]);
            }
        }
        else
        {
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => results[i] = Assess(list[i]));
        }
        Array.Sort(results, AssuranceResult.WorstFirst);
        return results.ToImmutableArray();
    }
}
