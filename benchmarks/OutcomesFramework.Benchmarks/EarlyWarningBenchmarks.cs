using BenchmarkDotNet.Attributes;
using OutcomesFramework.Assurance;
using OutcomesFramework.Forecasting;
using OutcomesFramework.England;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The early-warning back-test of docs/assurance-evaluation.md (issue 13's budget: 2 s): features for every graded
/// inspection, the rolling-origin fits with cross-validated penalties for three targets, the learning curve, the lead
/// times, and the report (DeLong, 2,000 bootstrap replicates per interval). The rule-level back-test it is compared with
/// is run once in the setup (it is the existing back-test, measured in AssuranceBenchmarks' documents).
/// </summary>
[MemoryDiagnoser]
public class EarlyWarningBenchmarks
{
    private EnglandData data = null!;
    private BacktestResult rules = null!;

    /// <summary>Loads the England data and runs the rule-level back-test once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = EnglandData.Default;
        rules = OfstedBacktest.Run(new[] { data.RuleSet }, data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours,
            data.Inspections, PublicationCalendar.England, 2020, 2025)[0];
    }

    /// <summary>The whole evaluation and its Markdown report.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public string EvaluationAndReport() =>
        EarlyWarningEvaluation.Run(data.Framework, data.Observations, data.Areas, data.Inspections, PublicationCalendar.England, 2020, 2025, rules).ToMarkdown();
}
