using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Forecasting;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The early-warning back-test of docs/assurance-evaluation.md (issue 13's budget: 2 s): features for every graded
/// inspection, the rolling-origin fits with cross-validated penalties for three targets and the deprivation,
/// previous-judgement and base-rate baselines, the learning curve, the lead times, and the report (DeLong, 2,000
/// bootstrap replicates per interval). The rule-level back-test it is compared with is run once in the setup (it is
/// the existing back-test, measured in AssuranceBenchmarks' documents). And the shipped model scoring all 153
/// councils (budget: 5 ms).
/// </summary>
[MemoryDiagnoser]
public class EarlyWarningBenchmarks
{
    private EnglandData data = null!;
    private BacktestResult rules = null!;
    private string? deprivation;
    private LogisticScoreRule model = null!;
    private AssuranceEngine modelOnly = null!;
    private ImmutableArray<AreaEvidence> evidence;

    /// <summary>Loads the England data, runs the rule-level back-test once, and builds the 153 councils' evidence.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = EnglandData.Default;
        rules = OfstedBacktest.Run(new[] { data.RuleSet }, data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours,
            data.Inspections, PublicationCalendar.England, 2020, 2025)[0];
        deprivation = data.FindLaitMeasure("ChildPov")?.Indicator.Id;
        model = (LogisticScoreRule)data.EarlyWarningRuleSet.Rules.Single(r => r.Kind == RuleKind.LogisticScore);
        modelOnly = new AssuranceEngine(new RuleSet("model-only", "1", new AssuranceRule[] { model }), data.Framework);
        var league = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours).ScoreAll(2025);
        evidence = AssuranceEvidence.FromLeague(league, data.Observations, new LocalDate(2025, 12, 1), data.Inspections);
    }

    /// <summary>The whole evaluation and its Markdown report.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public string EvaluationAndReport() =>
        EarlyWarningEvaluation.Run(data.Framework, data.Observations, data.Areas, data.Inspections, PublicationCalendar.England, 2020, 2025, rules, deprivation).ToMarkdown();

    /// <summary>The shipped model's probability, interval and contributions for the 153 councils (evidence already built).</summary>
    /// <returns>The last probability.</returns>
    [Benchmark]
    public double ScoreModel153()
    {
        var last = 0.0;
        foreach (var e in evidence)
        {
            last = model.Score(e).Probability;
        }
        return last;
    }

    /// <summary>The same through the engine: one finding per council with its message and evidence, ranked.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public ImmutableArray<AssuranceResult> ModelRule153() => modelOnly.AssessAll(evidence);
}
