using System;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Scoring;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Data quality: for each selected indicator, the authority's figure for the latest published period is suppressed
/// (<c>c</c>), missing (no row or <c>x</c>), of low reliability (<c>u</c>), or its latest figure is more than
/// <see cref="MaxAgeYears"/> older than the year asked for; or, for each selected outcome, the outcome has too little
/// evidence to be scored.
/// </summary>
/// <remarks>
/// A period nobody has data for yet is not "missing" for the authority: that is the publication calendar, not the
/// council's data. Not applicable (<c>z</c>) and rounds-to-zero (<c>low</c>) are not problems.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DataQualityRule : AssuranceRule
{
    /// <summary>The largest <see cref="MaxAgeYears"/>.</summary>
    public const int MaxStaleYears = 50;

    private DataQualityRule(string id, Severity severity, IndicatorSelection selection, DataQualityCheck check, int maxAgeYears, string? title)
        : base(id, severity, title)
    {
        Selection = Preconditions.CheckNotNull(selection, nameof(selection));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(DataQualityCheck), check), nameof(check), "Unknown check {0}.", check);
        Preconditions.CheckArgument(check != DataQualityCheck.InsufficientEvidence || (selection.IndicatorIds.IsEmpty && selection.Roles.IsEmpty), nameof(selection),
            "The insufficient-evidence check selects outcomes only ({0}).", check);
        Check = check;
        MaxAgeYears = check == DataQualityCheck.Stale ? Preconditions.CheckArgumentRange(nameof(maxAgeYears), maxAgeYears, 0, MaxStaleYears) : 0;
    }

    /// <summary>Creates a rule that fires on suppressed figures.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DataQualityRule Suppressed(string id, Severity severity, IndicatorSelection selection, string? title = null) =>
        new(id, severity, selection, DataQualityCheck.Suppressed, 0, title);

    /// <summary>Creates a rule that fires on missing figures.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DataQualityRule Missing(string id, Severity severity, IndicatorSelection selection, string? title = null) =>
        new(id, severity, selection, DataQualityCheck.Missing, 0, title);

    /// <summary>Creates a rule that fires on figures withheld as of low reliability.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DataQualityRule LowReliability(string id, Severity severity, IndicatorSelection selection, string? title = null) =>
        new(id, severity, selection, DataQualityCheck.LowReliability, 0, title);

    /// <summary>Creates a rule that fires when the latest figure is more than <paramref name="maxAgeYears"/> older than the year asked for.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="selection">The indicators it reads.</param>
    /// <param name="maxAgeYears">The largest acceptable age in years (0 to <see cref="MaxStaleYears"/>).</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid or the severity undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAgeYears"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DataQualityRule Stale(string id, Severity severity, IndicatorSelection selection, int maxAgeYears, string? title = null) =>
        new(id, severity, selection, DataQualityCheck.Stale, maxAgeYears, title);

    /// <summary>Creates a rule that fires for each selected outcome without enough evidence to be scored.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="outcomeIds">The outcomes, or null for all five.</param>
    /// <param name="title">A title, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid, the severity undefined, or an outcome is not statutory.</exception>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public static DataQualityRule InsufficientEvidence(string id, Severity severity, System.Collections.Generic.IEnumerable<string>? outcomeIds = null, string? title = null) =>
        new(id, severity, new IndicatorSelection(outcomeIds: outcomeIds), DataQualityCheck.InsufficientEvidence, 0, title);

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.DataQuality;

    /// <summary>Gets the indicators (or, for <see cref="DataQualityCheck.InsufficientEvidence"/>, the outcomes) the rule reads.</summary>
    public IndicatorSelection Selection { get; }

    /// <summary>Gets the check.</summary>
    public DataQualityCheck Check { get; }

    /// <summary>Gets the largest acceptable age in years, for <see cref="DataQualityCheck.Stale"/> (0 otherwise).</summary>
    public int MaxAgeYears { get; }

    private protected override AssuranceRule Copy(string id, Severity severity, string? title) =>
        new DataQualityRule(id, severity, Selection, Check, MaxAgeYears, title);

    private protected override bool EqualsCore(AssuranceRule other)
    {
        var o = (DataQualityRule)other;
        return Selection.Equals(o.Selection) && Check == o.Check && MaxAgeYears == o.MaxAgeYears;
    }

    internal override void Validate(Framework framework, Action<string, string> report) => Selection.Validate(framework, report);

    internal override void Evaluate(RuleContext context)
    {
        if (Check == DataQualityCheck.InsufficientEvidence)
        {
            foreach (var o in context.Area.Outcomes)
            {
                if (!o.HasSufficientEvidence && (Selection.OutcomeIds.IsEmpty || Selection.OutcomeIds.Contains(o.Outcome.Id)))
                {
                    context.Add(this, o.Outcome.Id,
                        "Outcome " + o.Outcome.Id + " (" + o.Outcome.Name + ") has insufficient evidence to be scored: " + Numbers.Percent(o.Coverage)
                        + " of its scored indicators' weight has a score, below the " + Numbers.Percent(o.CoverageThreshold) + " needed.",
                        new EvidenceValue("coverage", o.Coverage), new EvidenceValue("coverage threshold", o.CoverageThreshold));
                }
            }
            return;
        }
        foreach (var e in context.Area.Indicators)
        {
            if (!Selection.Includes(e.Indicator) || e.Period is null)
            {
                continue;
            }
            switch (Check)
            {
                case DataQualityCheck.Suppressed when e.Status == ObservationStatus.Suppressed:
                    context.Add(this, e, Message(e, " is suppressed (c) for ", "."), "Value",
                        new EvidenceValue("status", "suppressed (c)"), new EvidenceValue("period", e.PeriodText));
                    break;
                case DataQualityCheck.LowReliability when e.Status == ObservationStatus.LowReliability:
                    context.Add(this, e, Message(e, " is withheld as of low reliability (u) for ", ", for example after a late or failed return."), "Value",
                        new EvidenceValue("status", "low reliability (u)"), new EvidenceValue("period", e.PeriodText));
                    break;
                case DataQualityCheck.Missing when e.Status is null or ObservationStatus.NotAvailable:
                    var status = e.Status is null ? "no observation" : "not available (x)";
                    context.Add(this, e, Message(e, " has no figure for ", " (" + status + "), although the period is published for other authorities."), "Value",
                        new EvidenceValue("status", status), new EvidenceValue("period", e.PeriodText));
                    break;
                case DataQualityCheck.Stale:
                    if (e.LatestValueYear is { } latest && context.Area.Year - latest > MaxAgeYears)
                    {
                        context.Add(this, e, StaleMessage(e, latest, context.Area.Year, MaxAgeYears), "Value",
                            new EvidenceValue("latest year", latest), new EvidenceValue("year", context.Area.Year), new EvidenceValue("age in years", context.Area.Year - latest));
                    }
                    break;
            }
        }
    }

    // The messages are written when first read; these methods keep the closures out of the loop.
    private static Func<string> Message(IndicatorEvidence e, string middle, string end) => () => e.NameText + middle + e.PeriodText + end;

    private static Func<string> StaleMessage(IndicatorEvidence e, int latest, int year, int maxAge) => () =>
        e.NameText + ": the latest figure is from a period ending in " + AssuranceText.Int(latest) + ", " + AssuranceText.Int(year - latest)
        + " years before " + AssuranceText.Int(year) + " (more than " + AssuranceText.Int(maxAge) + ").";
}
