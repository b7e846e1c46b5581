using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// A basket: N of M signals (other rules' findings), spread across at least K outcomes, raise a finding of the
/// basket's own severity — so that several weak signals together raise the level that none would alone.
/// </summary>
/// <remarks>
/// <para>Baskets are evaluated after every other rule, in rule-set order, and count findings of non-basket rules
/// only. The outcomes of a basket are the distinct outcomes of the findings behind its signals that are on; a finding
/// about the authority as a whole (workforce, inspection) adds no outcome.</para>
/// <para>Example: signals A (2+ findings), B, C; N = 2, K = 2. A has findings on SS and EA, B none, C one on SS: A and C
/// are on (2 ≥ N) and span SS and EA (2 ≥ K), so the basket fires.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BasketRule : AssuranceRule
{
    /// <summary>Creates a basket.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity of the finding the basket raises.</param>
    /// <param name="signals">The signals (M ≥ 1).</param>
    /// <param name="minimumSignals">N: how many signals must be on (1 to M).</param>
    /// <param name="minimumOutcomes">K: how many distinct outcomes the findings behind them must span (0 to 5).</param>
    /// <param name="title">A title, or null.</param>
    /// <exception cref="ArgumentException">The id is not valid, the severity undefined, there is no signal, or a signal repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BasketRule(string id, Severity severity, IEnumerable<BasketSignal> signals, int minimumSignals, int minimumOutcomes = 0, string? title = null)
        : base(id, severity, title)
    {
        Signals = Preconditions.CheckNotNull(signals, nameof(signals)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Signals, nameof(signals));
        Preconditions.CheckArgument(Signals.Length > 0, nameof(signals), "A basket needs at least one signal.");
        Preconditions.CheckArgument(Signals.Distinct().Count() == Signals.Length, nameof(signals), "A signal is listed twice.");
        MinimumSignals = Preconditions.CheckArgumentRange(nameof(minimumSignals), minimumSignals, 1, Signals.Length);
        MinimumOutcomes = Preconditions.CheckArgumentRange(nameof(minimumOutcomes), minimumOutcomes, 0, EveryChildMatters.OutcomeIds.Length);
    }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Basket;

    /// <summary>Gets the signals (M).</summary>
    public ImmutableArray<BasketSignal> Signals { get; }

    /// <summary>Gets how many signals must be on (N).</summary>
    public int MinimumSignals { get; }

    /// <summary>Gets how many distinct outcomes the findings behind the signals must span (K).</summary>
    public int MinimumOutcomes { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new BasketRule(id, severity, Signals, MinimumSignals, MinimumOutcomes, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (BasketRule)other;
        return Signals.SequenceEqual(o.Signals) && MinimumSignals == o.MinimumSignals && MinimumOutcomes == o.MinimumOutcomes;
    }

    internal override void Validate(Framework framework, Action<string, string> report)
    {
        for (var i = 0; i < Signals.Length; i++)
        {
            if (Signals[i].IndicatorId is { } indicatorId && framework.FindIndicator(indicatorId) is null)
            {
                report("signals[" + i.ToString(CultureInfo.InvariantCulture) + "].indicator", "Unknown indicator '" + indicatorId + "': the framework '" + framework.Id + "' has no such indicator.");
            }
        }
    }

    internal override void Evaluate(RuleContext context)
    {
        var findings = context.Findings;
        var on = new List<string>(Signals.Length);
        var outcomes = new SortedSet<string>(StringComparer.Ordinal);
        var evidence = new List<EvidenceValue>(Signals.Length + 2);
        foreach (var signal in Signals)
        {
            var count = 0;
            foreach (var f in findings)
            {
                if (f.Kind != RuleKind.Basket && signal.Matches(f))
                {
                    count++;
                }
            }
            evidence.Add(new EvidenceValue(signal.ToString(), count));
            if (count < signal.MinimumFindings)
            {
                continue;
            }
            on.Add(signal + ": " + AssuranceText.Int(count));
            foreach (var f in findings)
            {
                if (f.Kind != RuleKind.Basket && f.OutcomeId is { } outcome && signal.Matches(f))
                {
                    outcomes.Add(outcome);
                }
            }
        }
        if (on.Count < MinimumSignals || outcomes.Count < MinimumOutcomes)
        {
            return;
        }
        evidence.Add(new EvidenceValue("signals on", on.Count));
        evidence.Add(new EvidenceValue("outcomes", outcomes.Count == 0 ? "none" : string.Join(" ", OrderOutcomes(outcomes))));
        context.Add(this, null,
            AssuranceText.Int(on.Count) + " of " + AssuranceText.Int(Signals.Length) + " signals are on (at least " + AssuranceText.Int(MinimumSignals)
            + " across at least " + AssuranceText.Int(MinimumOutcomes) + " outcomes raise this finding), across " + AssuranceText.Int(outcomes.Count)
            + (outcomes.Count == 1 ? " outcome" : " outcomes") + (outcomes.Count == 0 ? string.Empty : " (" + string.Join(", ", OrderOutcomes(outcomes)) + ")")
            + ": " + string.Join("; ", on) + ".",
            evidence.ToArray());
    }

    private static IEnumerable<string> OrderOutcomes(IEnumerable<string> outcomes) =>
        outcomes.OrderBy(o => EveryChildMatters.OutcomeIds.IndexOf(o));
}
