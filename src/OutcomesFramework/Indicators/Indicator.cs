using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Indicators;

/// <summary>
/// The definition of an indicator: what it measures, which outcome and aims it evidences, which way is good,
/// how it is reported and where its figures come from.
/// </summary>
/// <remarks>
/// <para>Built as NodaTime builds its values: a constructor takes what identifies the indicator and <c>With…</c>
/// methods return a changed copy, each checking its value. Invariants, checked by the constructor and every
/// <c>With…</c>: an <see cref="IndicatorRole.Context"/> measure has no polarity; an <see cref="IndicatorRole.Outcome"/>
/// indicator has one (it cannot be scored otherwise); the weight is a finite number ≥ 0; decimal places are 0–6;
/// there is at least one aim; the multiplier is positive; the snapshot date is a date of every year.</para>
/// <para>That the outcome and aims exist is checked by the <see cref="Frameworks.Framework"/> that holds the indicator.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Indicator : IEquatable<Indicator>
{
    /// <summary>
    /// Creates an indicator definition from what identifies it: what it measures, which outcome and aims it evidences,
    /// which way is good and how its period is defined. The rest takes its default, each changed by a <c>With…</c>
    /// method: role <see cref="IndicatorRole.Outcome"/> when the indicator has a polarity and
    /// <see cref="IndicatorRole.Context"/> when it has none (<see cref="WithRole"/>), one decimal place
    /// (<see cref="WithDecimalPlaces"/>), no published source (<see cref="WithSource"/>), multiplier 1
    /// (<see cref="WithMultiplier"/>), quartile banding on (<see cref="WithQuartileBanding"/>), weight 1
    /// (<see cref="WithWeight"/>), no description or reference (<see cref="WithDescription"/>,
    /// <see cref="WithReference"/>) and a snapshot date of 30 September (<see cref="WithSnapshot"/>).
    /// </summary>
    /// <param name="id">Stable id, for example <c>cla-rate</c>.</param>
    /// <param name="title">Title, for example "Children looked after per 10,000 children".</param>
    /// <param name="outcomeId">The outcome it evidences.</param>
    /// <param name="aimIds">The aims it evidences (at least one).</param>
    /// <param name="measureKind">The kind of statistic.</param>
    /// <param name="polarity">Which direction is good; <see cref="Polarity.NoPolarity"/> for a context measure.</param>
    /// <param name="unit">Unit text, for example "%" or "per 10,000 children".</param>
    /// <param name="periodKind">How its reporting period is defined.</param>
    /// <exception cref="ArgumentException">An id is not an id, the title is blank, there is no aim or an aim is listed twice, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public Indicator(
        string id,
        string title,
        string outcomeId,
        IEnumerable<string> aimIds,
        MeasureKind measureKind,
        Polarity polarity,
        string unit,
        PeriodKind periodKind)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Title = Preconditions.CheckNotBlank(title, nameof(title)).Trim();
        OutcomeId = Identifiers.CheckId(outcomeId, nameof(outcomeId));
        AimIds = Preconditions.CheckNotNull(aimIds, nameof(aimIds)).Select(a => Identifiers.CheckId(a, nameof(aimIds))).ToImmutableArray();
        Preconditions.CheckArgument(AimIds.Length > 0, nameof(aimIds), "An indicator evidences at least one aim.");
        Preconditions.CheckArgument(AimIds.Distinct(StringComparer.Ordinal).Count() == AimIds.Length, nameof(aimIds), "An aim is listed twice.");
        Preconditions.CheckArgument(Enum.IsDefined(typeof(MeasureKind), measureKind), nameof(measureKind), "Unknown measure kind {0}.", measureKind);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(Polarity), polarity), nameof(polarity), "Unknown polarity {0}.", polarity);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(PeriodKind), periodKind), nameof(periodKind), "Unknown period kind {0}.", periodKind);
        Role = polarity == Polarity.NoPolarity ? IndicatorRole.Context : IndicatorRole.Outcome;
        MeasureKind = measureKind;
        Polarity = polarity;
        Unit = Preconditions.CheckNotNull(unit, nameof(unit)).Trim();
        DecimalPlaces = 1;
        PeriodKind = periodKind;
        Multiplier = 1.0;
        QuartileBanding = true;
        Weight = 1.0;
        SnapshotMonth = 9;
        SnapshotDay = 30;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the id of the outcome it evidences.</summary>
    public string OutcomeId { get; }

    /// <summary>Gets the ids of the aims it evidences.</summary>
    public ImmutableArray<string> AimIds { get; }

    /// <summary>Gets how the indicator takes part in a scorecard.</summary>
    public IndicatorRole Role { get; private set; }

    /// <summary>Gets the kind of statistic.</summary>
    public MeasureKind MeasureKind { get; }

    /// <summary>Gets which direction is good.</summary>
    public Polarity Polarity { get; private set; }

    /// <summary>Gets the unit text.</summary>
    public string Unit { get; }

    /// <summary>Gets the decimal places to show.</summary>
    public int DecimalPlaces { get; private set; }

    /// <summary>Gets how the reporting period is defined.</summary>
    public PeriodKind PeriodKind { get; }

    /// <summary>Gets where the figures are published, or null for local-only data.</summary>
    public IndicatorSource? Source { get; private set; }

    /// <summary>Gets the multiplier: value = numerator ÷ denominator × multiplier.</summary>
    public double Multiplier { get; private set; }

    /// <summary>Gets whether LAIT rank and quartile bands apply.</summary>
    public bool QuartileBanding { get; private set; }

    /// <summary>Gets the weight within its outcome.</summary>
    public double Weight { get; private set; }

    /// <summary>Gets a longer description, or null.</summary>
    public string? Description { get; private set; }

    /// <summary>Gets an external reference (LAIT measure code, NI number), or null.</summary>
    public string? Reference { get; private set; }

    /// <summary>Gets the month of the snapshot date, for snapshot periods.</summary>
    public int SnapshotMonth { get; private set; }

    /// <summary>Gets the day of the snapshot date, for snapshot periods.</summary>
    public int SnapshotDay { get; private set; }

    /// <summary>Gets whether the indicator is scored into its outcome.</summary>
    public bool IsScored => Role == IndicatorRole.Outcome;

    /// <summary>Returns the period of this indicator's kind ending in <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The year the period ends in.</param>
    /// <returns>The period.</returns>
    public ReportingPeriod PeriodEnding(int endYear) => ReportingPeriod.ForYear(PeriodKind, endYear, SnapshotMonth, SnapshotDay);

    /// <summary>Returns a copy with a different role.</summary>
    /// <param name="role">The new role: <see cref="IndicatorRole.Context"/> only without a polarity, <see cref="IndicatorRole.Outcome"/> only with one.</param>
    /// <returns>A new indicator.</returns>
    /// <exception cref="ArgumentException">The role is not defined, or does not go with the polarity.</exception>
    public Indicator WithRole(IndicatorRole role)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(IndicatorRole), role), nameof(role), "Unknown role {0}.", role);
        Preconditions.CheckArgument(role != IndicatorRole.Context || Polarity == Polarity.NoPolarity, nameof(role),
            string.Format(CultureInfo.InvariantCulture, "Indicator '{0}' is a context measure, so it has no polarity.", Id));
        Preconditions.CheckArgument(role != IndicatorRole.Outcome || Polarity != Polarity.NoPolarity, nameof(role),
            string.Format(CultureInfo.InvariantCulture, "Indicator '{0}' is scored into an outcome, so it needs a polarity (or make it a context measure).", Id));
        var copy = Copy();
        copy.Role = role;
        return copy;
    }

    /// <summary>Returns a copy with a different polarity (and role where a context measure gains a polarity it becomes an enabler).</summary>
    /// <param name="polarity">The new polarity.</param>
    /// <returns>A new indicator.</returns>
    /// <exception cref="ArgumentException">The polarity is not defined, or an indicator scored into its outcome would lose its polarity.</exception>
    public Indicator WithPolarity(Polarity polarity)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(Polarity), polarity), nameof(polarity), "Unknown polarity {0}.", polarity);
        Preconditions.CheckArgument(Role != IndicatorRole.Outcome || polarity != Polarity.NoPolarity, nameof(polarity),
            string.Format(CultureInfo.InvariantCulture, "Indicator '{0}' is scored into an outcome, so it needs a polarity (or make it a context measure).", Id));
        var copy = Copy();
        copy.Role = Role == IndicatorRole.Context && polarity != Polarity.NoPolarity ? IndicatorRole.Enabler : Role;
        copy.Polarity = polarity;
        return copy;
    }

    /// <summary>Returns a copy showing a different number of decimal places.</summary>
    /// <param name="decimalPlaces">Decimal places to show (0–6).</param>
    /// <returns>A new indicator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 0–6.</exception>
    public Indicator WithDecimalPlaces(int decimalPlaces)
    {
        var copy = Copy();
        copy.DecimalPlaces = Preconditions.CheckArgumentRange(nameof(decimalPlaces), decimalPlaces, 0, 6);
        return copy;
    }

    /// <summary>Returns a copy with a different source.</summary>
    /// <param name="source">Where its figures are published, or null for an indicator supplied only as local data.</param>
    /// <returns>A new indicator.</returns>
    public Indicator WithSource(IndicatorSource? source)
    {
        var copy = Copy();
        copy.Source = source;
        return copy;
    }

    /// <summary>Returns a copy with a different multiplier.</summary>
    /// <param name="multiplier">Value = numerator ÷ denominator × multiplier (100 for a percentage, 10,000 per 10,000; 1 otherwise); positive and finite.</param>
    /// <returns>A new indicator.</returns>
    /// <exception cref="ArgumentException">The multiplier is not a positive finite number.</exception>
    public Indicator WithMultiplier(double multiplier)
    {
        Preconditions.CheckArgument(multiplier > 0 && !double.IsInfinity(multiplier), nameof(multiplier), "The multiplier must be a positive number.");
        var copy = Copy();
        copy.Multiplier = multiplier;
        return copy;
    }

    /// <summary>Returns a copy with quartile banding on or off.</summary>
    /// <param name="quartileBanding">Whether LAIT rank and quartile bands apply (false where LAIT says "Data range is too small").</param>
    /// <returns>A new indicator.</returns>
    public Indicator WithQuartileBanding(bool quartileBanding)
    {
        var copy = Copy();
        copy.QuartileBanding = quartileBanding;
        return copy;
    }

    /// <summary>Returns a copy with a different weight.</summary>
    /// <param name="weight">The new weight within its outcome (finite, ≥ 0).</param>
    /// <returns>A new indicator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The weight is negative or not finite.</exception>
    public Indicator WithWeight(double weight)
    {
        var copy = Copy();
        copy.Weight = Preconditions.CheckArgumentRange(nameof(weight), weight, 0.0, double.MaxValue);
        return copy;
    }

    /// <summary>Returns a copy with a different description.</summary>
    /// <param name="description">A longer description (trimmed), or null or blank for none.</param>
    /// <returns>A new indicator.</returns>
    public Indicator WithDescription(string? description)
    {
        var copy = Copy();
        copy.Description = string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
        return copy;
    }

    /// <summary>Returns a copy with a different external reference.</summary>
    /// <param name="reference">An external reference, for example the LAIT measure code or NI number (trimmed), or null or blank for none.</param>
    /// <returns>A new indicator.</returns>
    public Indicator WithReference(string? reference)
    {
        var copy = Copy();
        copy.Reference = string.IsNullOrWhiteSpace(reference) ? null : reference!.Trim();
        return copy;
    }

    /// <summary>Returns a copy with a different snapshot date, the day of the year a snapshot period is taken on.</summary>
    /// <param name="month">The month of the snapshot date (1–12).</param>
    /// <param name="day">The day of the snapshot date: a day of that month in every year, so never 29 February.</param>
    /// <returns>A new indicator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month and day are not a date of every year.</exception>
    public Indicator WithSnapshot(int month, int day)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        Preconditions.CheckArgumentRange(nameof(day), day, 1, month == 2 ? 28 : (month is 4 or 6 or 9 or 11 ? 30 : 31));
        var copy = Copy();
        copy.SnapshotMonth = month;
        copy.SnapshotDay = day;
        return copy;
    }

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(OutcomeId, other.OutcomeId, StringComparison.Ordinal)
        && AimIds.SequenceEqual(other.AimIds, StringComparer.Ordinal)
        && Role == other.Role && MeasureKind == other.MeasureKind && Polarity == other.Polarity
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
        && DecimalPlaces == other.DecimalPlaces && PeriodKind == other.PeriodKind
        && Equals(Source, other.Source)
        && Multiplier.Equals(other.Multiplier) && QuartileBanding == other.QuartileBanding && Weight.Equals(other.Weight)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(Reference, other.Reference, StringComparison.Ordinal)
        && SnapshotMonth == other.SnapshotMonth && SnapshotDay == other.SnapshotDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Id + " " + Title;

    // A shallow copy for the With… methods: every field is immutable (strings, an immutable array, an immutable
    // source), so the copy shares them and each method sets only what it changes, after checking it.
    private Indicator Copy() => (Indicator)MemberwiseClone();
}
