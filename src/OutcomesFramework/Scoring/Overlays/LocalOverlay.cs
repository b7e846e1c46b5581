using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Serialization;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Overlays;

/// <summary>
/// A council's local definition of "good" (Solace recommendation twelve): changes to a framework and its scoring
/// policy that leave the framework itself untouched — weights, targets, thresholds, the comparator, normalisation
/// per indicator, indicators left out, and extra local indicators whose data the council supplies.
/// </summary>
/// <remarks>
/// Read one from JSON with <see cref="LocalOverlayJson"/> (format: docs/overlay-format.md) and use
/// <see cref="Apply"/> to get the adjusted framework and policy. Every setting left unset keeps the base's.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LocalOverlay
{
    /// <summary>Creates an overlay.</summary>
    /// <param name="name">A name for the overlay, shown on scorecards' explanations.</param>
    /// <param name="frameworkId">The id of the framework it adjusts, or null for any.</param>
    /// <param name="settings">Changes to the policy's thresholds, comparator and methods (null fields keep the base's).</param>
    /// <param name="indicators">Per-indicator changes, by indicator id (base or local indicators).</param>
    /// <param name="outcomeWeights">Outcome weights in the overall score, by outcome id.</param>
    /// <param name="localIndicators">Extra indicators, defined in full; their data comes from the council's own files.</param>
    /// <param name="dataFiles">Paths of the council's tidy CSV files, relative to the overlay file.</param>
    /// <exception cref="ArgumentException">The name is blank, an id is invalid, a weight is negative, or a local indicator repeats an id.</exception>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    public LocalOverlay(
        string name,
        string? frameworkId = null,
        OverlaySettings? settings = null,
        IEnumerable<KeyValuePair<string, IndicatorPolicy>>? indicators = null,
        IEnumerable<KeyValuePair<string, double>>? outcomeWeights = null,
        IEnumerable<Indicator>? localIndicators = null,
        IEnumerable<string>? dataFiles = null)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        FrameworkId = frameworkId is null ? null : Identifiers.CheckId(frameworkId, nameof(frameworkId));
        Settings = settings ?? OverlaySettings.None;
        var map = ImmutableSortedDictionary.CreateBuilder<string, IndicatorPolicy>(StringComparer.Ordinal);
        foreach (var pair in indicators ?? Enumerable.Empty<KeyValuePair<string, IndicatorPolicy>>())
        {
            Identifiers.CheckId(pair.Key, nameof(indicators));
            Preconditions.CheckArgument(!map.ContainsKey(pair.Key), nameof(indicators), "Indicator '{0}' is given twice.", pair.Key);
            map.Add(pair.Key, Preconditions.CheckNotNull(pair.Value, nameof(indicators)));
        }
        Indicators = map.ToImmutable();
        var weights = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var pair in outcomeWeights ?? Enumerable.Empty<KeyValuePair<string, double>>())
        {
            Identifiers.CheckId(pair.Key, nameof(outcomeWeights));
            Preconditions.CheckArgumentRange(nameof(outcomeWeights), pair.Value, 0, double.MaxValue);
            Preconditions.CheckArgument(!weights.ContainsKey(pair.Key), nameof(outcomeWeights), "Outcome '{0}' is given twice.", pair.Key);
            weights.Add(pair.Key, pair.Value);
        }
        OutcomeWeights = weights.ToImmutable();
        LocalIndicators = (localIndicators ?? Enumerable.Empty<Indicator>()).ToImmutableArray();
        Preconditions.CheckNoNullElements(LocalIndicators, nameof(localIndicators));
        Preconditions.CheckArgument(LocalIndicators.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() == LocalIndicators.Length, nameof(localIndicators), "Two local indicators share an id.");
        DataFiles = (dataFiles ?? Enumerable.Empty<string>()).Select(f => Preconditions.CheckNotBlank(f, nameof(dataFiles))).ToImmutableArray();
    }

    /// <summary>Gets the overlay's name.</summary>
    public string Name { get; }

    /// <summary>Gets the id of the framework it adjusts, or null for any.</summary>
    public string? FrameworkId { get; }

    /// <summary>Gets the changes to the policy's settings.</summary>
    public OverlaySettings Settings { get; }

    /// <summary>Gets the per-indicator changes, by indicator id.</summary>
    public ImmutableSortedDictionary<string, IndicatorPolicy> Indicators { get; }

    /// <summary>Gets the outcome weights set, by outcome id.</summary>
    public ImmutableSortedDictionary<string, double> OutcomeWeights { get; }

    /// <summary>Gets the extra local indicators.</summary>
    public ImmutableArray<Indicator> LocalIndicators { get; }

    /// <summary>Gets the council's data files named by the overlay (relative to the overlay file).</summary>
    public ImmutableArray<string> DataFiles { get; }

    /// <summary>Gets the name of the file the overlay was read from, or null.</summary>
    public string? SourceName { get; internal set; }

    /// <summary>The lines of the JSON paths read, so that problems found on applying can say where they are.</summary>
    internal IReadOnlyDictionary<string, long>? Lines { get; set; }

    /// <summary>
    /// Applies the overlay: the framework gains the local indicators, and the policy takes the overlay's settings,
    /// indicator changes and outcome weights. Every inconsistency is reported at once.
    /// </summary>
    /// <param name="framework">The framework to adjust (unchanged; a new one is returned).</param>
    /// <param name="policy">The policy to adjust, or null for <see cref="ScoringPolicy.Default"/>.</param>
    /// <returns>The adjusted framework and policy.</returns>
    /// <exception cref="OverlayValidationException">The overlay names another framework, an unknown indicator or outcome, a local indicator clashes with the framework, or a target-based normalisation has no target.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public (Framework Framework, ScoringPolicy Policy) Apply(Framework framework, ScoringPolicy? policy = null)
    {
        Preconditions.CheckNotNull(framework, nameof(framework));
        // Bounded: an overlay naming a million unknown ids must not hold a million problems.
        var problems = new ProblemCollector(keepOrderGiven: true);
        if (FrameworkId is not null && !string.Equals(FrameworkId, framework.Id, StringComparison.Ordinal))
        {
            problems.Add(new DocumentProblem("$.framework", "The overlay adjusts framework '" + FrameworkId + "', not '" + framework.Id + "'."));
        }
        Framework adjusted = framework;
        for (var i = 0; i < LocalIndicators.Length; i++)
        {
            if (framework.FindIndicator(LocalIndicators[i].Id) is not null)
            {
                problems.Add(new DocumentProblem(Path("$.localIndicators", i) + ".id", "Local indicator '" + LocalIndicators[i].Id + "' has the id of one of the framework's indicators; give it its own id."));
            }
        }
        if (problems.Count == 0 && LocalIndicators.Length > 0)
        {
            try
            {
                adjusted = framework.WithIndicators(framework.Indicators.Concat(LocalIndicators));
            }
            catch (FrameworkValidationException e)
            {
                foreach (var p in e.Problems)
                {
                    problems.Add(new DocumentProblem("$.localIndicators (" + p.Path + ")", p.Message));
                }
            }
        }
        var result = Settings.ApplyTo(policy ?? ScoringPolicy.Default);
        foreach (var pair in Indicators)
        {
            var where = JsonPath.Property("$.indicators", pair.Key);
            var indicator = adjusted.FindIndicator(pair.Key) ?? LocalIndicators.FirstOrDefault(l => string.Equals(l.Id, pair.Key, StringComparison.Ordinal));
            if (indicator is null)
            {
                problems.Add(new DocumentProblem(where, "The framework has no indicator '" + pair.Key + "'."));
                continue;
            }
            var merged = Merge(result.ForIndicator(pair.Key), pair.Value);
            result = result.WithIndicator(pair.Key, merged);
        }
        foreach (var pair in OutcomeWeights)
        {
            if (adjusted.FindOutcome(pair.Key) is null)
            {
                problems.Add(new DocumentProblem(JsonPath.Property("$.outcomes", pair.Key), "The framework has no outcome '" + pair.Key + "'."));
                continue;
            }
            result = result.WithOutcomeWeight(pair.Key, pair.Value);
        }
        if (result.LimitingRule is { } rule && adjusted.FindOutcome(rule.OutcomeId) is null)
        {
            problems.Add(new DocumentProblem("$.scoring.limitingRule.outcome", "The framework has no outcome '" + rule.OutcomeId + "'."));
        }
        foreach (var indicator in adjusted.Indicators)
        {
            var normalisation = result.NormalisationOf(indicator.Id);
            var settings = result.ForIndicator(indicator.Id);
            if (indicator.Role == IndicatorRole.Outcome && normalisation.NeedsTarget && normalisation.Target is null && settings.Target is null && !settings.IsExcluded)
            {
                problems.Add(new DocumentProblem(JsonPath.Property(JsonPath.Property("$.indicators", indicator.Id), "normalisation"),
                    "Indicator '" + indicator.Id + "' is scored by distance to target but has no target; give it a \"target\"."));
            }
        }
        for (var i = 0; i < LocalIndicators.Length; i++)
        {
            var local = LocalIndicators[i];
            var settings = result.ForIndicator(local.Id);
            if (local.Role == IndicatorRole.Outcome && !settings.IsExcluded && !result.NormalisationOf(local.Id).IsAbsolute)
            {
                // A council's own measure has no other authorities to be ranked among, so only a target or
                // goalposts can say how good its value is.
                problems.Add(new DocumentProblem(Path("$.localIndicators", i),
                    "Local indicator '" + local.Id + "' is scored, but only the council has data for it: give it a \"normalisation\" of distanceToTarget (with a target) or goalposts in \"indicators\"."));
            }
        }
        if (problems.Count > 0)
        {
            problems.Update(WithLine);
            throw new OverlayValidationException(problems, SourceName);
        }
        return (adjusted, result);
    }

    private DocumentProblem WithLine(DocumentProblem p)
    {
        if (p.Line is not null || Lines is null)
        {
            return p;
        }
        // The nearest path read: "$.indicators.x.normalisation" falls back to "$.indicators.x".
        var path = p.Path;
        while (path.Length > 0)
        {
            if (Lines.TryGetValue(path, out var line))
            {
                return new DocumentProblem(p.Path, p.Message, line);
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut > 0 ? path.Substring(0, cut) : string.Empty;
        }
        return p;
    }

    private static IndicatorPolicy Merge(IndicatorPolicy basePolicy, IndicatorPolicy change) => basePolicy
        .WithWeight(change.Weight ?? basePolicy.Weight)
        .WithNormalisation(change.Normalisation ?? basePolicy.Normalisation)
        .WithTarget(change.Target ?? basePolicy.Target)
        .WithExcluded(change.IsExcluded || basePolicy.IsExcluded);

    private static string Path(string array, int index) => array + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
