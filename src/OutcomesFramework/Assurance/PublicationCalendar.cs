using System;
using System.Globalization;
using NodaTime;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// When a period's figures become public: the period's end plus a lag in whole months per kind of period, the figure
/// being available from the next day. Used to assess an authority "as it could have been assessed" on a date, from
/// data published before it (for example in the Ofsted evaluation, docs/assurance-evaluation.md).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PublicationCalendar : IEquatable<PublicationCalendar>
{
    private readonly int[] lags;

    /// <summary>Creates a calendar.</summary>
    /// <param name="yearEnding31March">Months from 31 March to publication (children's social care returns).</param>
    /// <param name="academicYear">Months from 31 August to publication (attainment).</param>
    /// <param name="financialYear">Months from 31 March to publication (spending).</param>
    /// <param name="calendarYear">Months from 31 December to publication.</param>
    /// <param name="snapshot">Months from the snapshot date to publication (the 30 September workforce census).</param>
    /// <exception cref="ArgumentOutOfRangeException">A lag is outside 0–60 months.</exception>
    public PublicationCalendar(int yearEnding31March, int academicYear, int financialYear, int calendarYear, int snapshot)
    {
        lags = new[]
        {
            Preconditions.CheckArgumentRange(nameof(yearEnding31March), yearEnding31March, 0, 60),
            Preconditions.CheckArgumentRange(nameof(academicYear), academicYear, 0, 60),
            Preconditions.CheckArgumentRange(nameof(financialYear), financialYear, 0, 60),
            Preconditions.CheckArgumentRange(nameof(calendarYear), calendarYear, 0, 60),
            Preconditions.CheckArgumentRange(nameof(snapshot), snapshot, 0, 60),
        };
    }

    /// <summary>
    /// Gets the calendar assumed for England's published children's services statistics (each lag a little longer
    /// than the usual release date, so that nothing is used before it was out; reasons in docs/assurance-evaluation.md):
    /// year ending 31 March → 8 months (available from 1 December; the DfE's children in need and children looked after
    /// releases come out in late October to mid-November); academic year → 8 months (from 1 May; the outcomes of
    /// children in need and looked after come out in the spring); financial year → 9 months; calendar year → 6 months;
    /// snapshot → 6 months (from 31 March for the 30 September workforce census, released in late February).
    /// </summary>
    public static PublicationCalendar England { get; } = new(8, 8, 9, 6, 6);

    /// <summary>Gets the lag of a kind of period, in months.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The lag.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    /// <remarks>A three-year pool is published like its single years: calendar pools with the calendar-year lag,
    /// financial pools with the financial-year lag.</remarks>
    public int LagMonths(PeriodKind kind) => kind switch
    {
        PeriodKind.ThreeCalendarYears => lags[(int)PeriodKind.CalendarYear],
        PeriodKind.ThreeFinancialYears => lags[(int)PeriodKind.FinancialYear],
        _ when (int)kind >= 0 && (int)kind < lags.Length => lags[(int)kind],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>Gets the first day a period's figures are taken to be public: its end plus the lag, plus one day.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The date.</returns>
    public LocalDate PublishedOn(ReportingPeriod period) => period.End.PlusMonths(LagMonths(period.Kind)).PlusDays(1);

    /// <summary>Gets whether a period's figures are public on a date.</summary>
    /// <param name="period">The period.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="PublishedOn"/> is on or before <paramref name="date"/>.</returns>
    public bool IsPublishedBy(ReportingPeriod period, LocalDate date) => PublishedOn(period) <= date;

    /// <summary>Returns the observations whose periods are public on a date.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="date">The date.</param>
    /// <returns>The observations published by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    public ObservationSet PublishedBy(ObservationSet observations, LocalDate date)
    {
        Preconditions.CheckNotNull(observations, nameof(observations));
        return observations.Where(o => IsPublishedBy(o.Period, date));
    }

    /// <inheritdoc />
    public bool Equals(PublicationCalendar? other)
    {
        if (other is null)
        {
            return false;
        }
        for (var i = 0; i < lags.Length; i++)
        {
            if (lags[i] != other.lags[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicationCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(lags[0], lags[1], lags[2], lags[3], lags[4]);

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "year ending 31 March +{0} months, academic year +{1}, financial year +{2}, calendar year +{3}, snapshot +{4}", lags[0], lags[1], lags[2], lags[3], lags[4]);
}
