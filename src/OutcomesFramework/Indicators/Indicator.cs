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
/// <para>Invariants checked at construction: an <see cref="IndicatorRole.Context"/> measure has no polarity; an
/// <see cref="IndicatorRole.Outcome"/> indicator has one (it cannot be scored otherwise); the weight is a finite
/// number ≥ 0; decimal places are 0–6; there is at least one aim; the multiplier is positive.</para>
/// <para>That the outcome and aims exist is checked by the <see cref="Frameworks.Framework"/> that holds the indicator.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Indicator : IEquatable<Indicator>
{
    /// <summary>Creates an indicator definition.</summary>
    /// <param name="id">Stable id, for example <c>cla-rate</c>.</param>
    /// <param name="title">Title, for example "Children looked after per 10,000 children".</param>
    /// <param name="outcomeId">The outcome it evidences.</param>
    /// <param name="aimIds">The aims it evidences (at least one).</param>
    /// <param name="role">Whether it is scored, context or an enabler.</param>
    /// <param name="measureKind">The kind of statistic.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="unit">Unit text, for example "%" or "per 10,000 children".</param>
    /// <param name="decimalPlaces">Decimal places to show (0–6).</param>
    /// <param name="periodKind">How its reporting period is defined.</param>
    /// <param name="source">Where its figures are published, or null for an indicator supplied only as local data.</param>
    /// <param name="multiplier">Value = numerator ÷ denominator × multiplier (100 for a percentage, 10,000 per 10,000; 1 otherwise).</param>
    /// <param name="quartileBanding">Whether LAIT rank and quartile bands apply (false where LAIT says "Data range is too small").</param>
    /// <param name="weight">Weight within its outcome (finite, ≥ 0).</param>
    /// <param name="description">A longer description, or null.</param>
    /// <param name="reference">An external reference, for example the LAIT measure code or NI number, or null.</param>
    /// <param name="snapshotMonth">For snapshot periods, the month of the snapshot date.</param>
    /// <param name="snapshotDay">For snapshot periods, the day of the snapshot date.</param>
    /// <exception cref="ArgumentException">An invariant above does not hold.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Decimal places, weight or snapshot date are out of range.</exception>
    public Indicator(
        string id,
        string title,
        string outcomeId,
        IEnumerable<string> aimIds,
        IndicatorRole role,
        MeasureKind measureKind,
        Polarity polarity,
        string unit,
        int decimalPlaces,
        PeriodKind periodKind,
        IndicatorSource? source,
        double multiplier = 1.0,
        bool quartileBanding = true,
        double weight = 1.0,
        string? description = null,
        string? reference = null,
        int snapshotMonth = 9,
        int snapshotDay = 30)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Title = Preconditions.CheckNotBlank(title, nameof(title)).Trim();
        OutcomeId = Identifiers.CheckId(outcomeId, nameof(outcomeId));
        AimIds = Preconditions.CheckNotNull(aimIds, nameof(aimIds)).Select(a => Identifiers.CheckId(a, nameof(aimIds))).ToImmutableArray();
        Preconditions.CheckArgument(AimIds.Length > 0, nameof(aimIds), "An indicator evidences at least one aim.");
        Preconditions.CheckArgument(AimIds.Distinct(StringComparer.Ordinal).Count() == AimIds.Length, nameof(aimIds), "An aim is listed twice.");
        Preconditions.CheckArgument(Enum.IsDefined(typeof(IndicatorRole), role), nameof(role), "Unknown role {0}.", role);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(MeasureKind), measureKind), nameof(measureKind), "Unknown measure kind {0}.", measureKind);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(Polarity), polarity), nameof(polarity), "Unknown polarity {0}.", polarity);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(PeriodKind), periodKind), nameof(periodKind), "Unknown period kind {0}.", periodKind);
        Preconditions.CheckArgument(role != IndicatorRole.Context || polarity == Polarity.NoPolarity, nameof(polarity),
            string.Format(CultureInfo.InvariantCulture, "Indicator '{0}' is a context measure, so it has no polarity.", id));
        Preconditions.CheckArgument(role != IndicatorRole.Outcome || polarity != Polarity.NoPolarity, nameof(polarity),
            string.Format(CultureInfo.InvariantCulture, "Indicator '{0}' is scored into an outcome, so it needs a polarity (or make it a context measure).", id));
        Role = role;
        MeasureKind = measureKind;
        Polarity = polarity;
        Unit = Preconditions.CheckNotNull(unit, nameof(unit)).Trim();
        DecimalPlaces = Preconditions.CheckArgumentRange(nameof(decimalPlaces), decimalPlaces, 0, 6);
        PeriodKind = periodKind;
        Source = source;
        Preconditions.CheckArgument(multiplier > 0 && !double.IsInfinity(multiplier), nameof(multiplier), "The multiplier must be a positive number.");
        Multiplier = multiplier;
        QuartileBanding = quartileBanding;
        Weight = Preconditions.CheckArgumentRange(nameof(weight), weight, 0.0, double.MaxValue);
        Description = string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference!.Trim();
        SnapshotMonth = Preconditions.CheckArgumentRange(nameof(snapshotMonth), snapshotMonth, 1, 12);
        SnapshotDay = Preconditions.CheckArgumentRange(nameof(snapshotDay), snapshotDay, 1, snapshotMonth == 2 ? 28 : (snapshotMonth is 4 or 6 or 9 or 11 ? 30 : 31));
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
    public IndicatorRole Role { get; }

    /// <summary>Gets the kind of statistic.</summary>
    public MeasureKind MeasureKind { get; }

    /// <summary>Gets which direction is good.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets the unit text.</summary>
    public string Unit { get; }

    /// <summary>Gets the decimal places to show.</summary>
    public int DecimalPlaces { get; }

    /// <summary>Gets how the reporting period is defined.</summary>
    public PeriodKind PeriodKind { get; }

    /// <summary>Gets where the figures are published, or null for local-only data.</summary>
    public IndicatorSource? Source { get; }

    /// <summary>Gets the multiplier: value = numerator ÷ denominator × multiplier.</summary>
    public double Multiplier { get; }

    /// <summary>Gets whether LAIT rank and quartile bands apply.</summary>
    public bool QuartileBanding { get; }

    /// <summary>Gets the weight within its outcome.</summary>
    public double Weight { get; }

    /// <summary>Gets a longer description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets an external reference (LAIT measure code, NI number), or null.</summary>
    public string? Reference { get; }

    /// <summary>Gets the month of the snapshot date, for snapshot periods.</summary>
    public int SnapshotMonth { get; }

    /// <summary>Gets the day of the snapshot date, for snapshot periods.</summary>
    public int SnapshotDay { get; }

    /// <summary>Gets whether the indicator is scored into its outcome.</summary>
    public bool IsScored => Role == IndicatorRole.Outcome;

    /// <summary>Returns the period of this indicator's kind ending in <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The year the period ends in.</param>
    /// <returns>The period.</returns>
    public ReportingPeriod PeriodEnding(int endYear) => ReportingPeriod.ForYear(PeriodKind, endYear, SnapshotMonth, SnapshotDay);

    /// <summary>Returns a copy with a different weight.</summary>
    /// <param name="weight">The new weight (finite, ≥ 0).</param>
    /// <returns>A new indicator.</returns>
    public Indicator WithWeight(double weight) => new(Id, Title, OutcomeId, AimIds, Role, MeasureKind, Polarity, Unit, DecimalPlaces, PeriodKind, Source, Multiplier, QuartileBanding, weight, Description, Reference, SnapshotMonth, SnapshotDay);

    /// <summary>Returns a copy with a different polarity (and role where a context measure gains a polarity it becomes an enabler).</summary>
    /// <param name="polarity">The new polarity.</param>
    /// <returns>A new indicator.</returns>
    public Indicator WithPolarity(Polarity polarity)
    {
        var role = Role == IndicatorRole.Context && polarity != Polarity.NoPolarity ? IndicatorRole.Enabler : Role;
        return new(Id, Title, OutcomeId, AimIds, role, MeasureKind, polarity, Unit, DecimalPlaces, PeriodKind, Source, Multiplier, QuartileBanding, Weight, Description, Reference, SnapshotMonth, SnapshotDay);
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
}
