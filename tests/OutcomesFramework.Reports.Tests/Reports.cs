using System;
using System.Collections.Concurrent;
using System.Linq;
using NodaTime;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Reports.Tests;

/// <summary>Report inputs for councils of the embedded England data, as the CLI builds them (default rule set, 2017 regime).</summary>
internal static class Reports
{
    /// <summary>A fixed as-of date: the tests must not depend on the day they run.</summary>
    public static readonly LocalDate AsOf = new(2025, 9, 30);

    public static readonly ReportProvenance Provenance = new("0.1.0-test", AsOf, "Contains public sector information licensed under the Open Government Licence v3.0.");

    private static readonly Lazy<ScoringEngine> Engine = new(() =>
    {
        var data = EnglandData.Default;
        return new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours);
    });

    /// <summary>The engine the reports are scored with (default framework and policy).</summary>
    public static ScoringEngine Scoring => Engine.Value;

    private static readonly ConcurrentDictionary<string, CouncilReport> Cache = new(StringComparer.Ordinal);

    public static CouncilReport Council(string name) => Cache.GetOrAdd(name, n =>
    {
        var data = EnglandData.Default;
        var engine = Engine.Value;
        var card = engine.Score(data.Areas.Get(n));
        var result = new AssuranceEngine(data.RuleSet, data.Framework).Assess(AssuranceEvidence.FromScorecard(card, data.Observations, AsOf, data.Inspections));
        return new CouncilReport(card, data.Observations, data.Areas, data.StatisticalNeighbours, Provenance, result, data.RuleSet, DefaultAccountabilityMaps.ChildrenAndSocialWorkAct2017);
    });

    public static EnglandReport England()
    {
        var data = EnglandData.Default;
        var league = Engine.Value.ScoreAll();
        var results = new AssuranceEngine(data.RuleSet, data.Framework).AssessAll(AssuranceEvidence.FromLeague(league, data.Observations, AsOf, data.Inspections));
        return new EnglandReport(league, results, data.Areas, Provenance, data.RuleSet);
    }

    /// <summary>Councils with at least one suppressed or missing figure in their scorecard, by name.</summary>
    public static string[] WithSuppressedFigures() =>
        EnglandData.Default.Areas.LocalAuthorities
            .Where(a => Engine.Value.Score(a).Indicators.Any(i => i.Observation is { HasValue: false }))
            .Select(a => a.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
