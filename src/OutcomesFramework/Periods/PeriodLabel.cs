using System;
using System.Globalization;

namespace OutcomesFramework.Periods;

/// <summary>
/// A period as a publisher writes it in a table, read into a typed <see cref="ReportingPeriod"/> and the
/// <see cref="ReleaseStage"/> the label names: every label the DfE Local Authority Interactive Tool (LAIT) uses.
/// </summary>
/// <remarks>
/// <para>The forms read (Y a digit; the kind given is the measure's own kind of year):</para>
/// <list type="bullet">
/// <item><c>2025</c>: the period of that kind ending in 2025 (for an academic year, 2024/25; for a snapshot, that year's snapshot).</item>
/// <item><c>2024/25</c> or <c>2024-25</c>: two consecutive years, for an academic, financial or year-ending-31-March kind; the period ends in 2025.</item>
/// <item><c>2014-16</c>: three calendar years pooled (<see cref="PeriodKind.ThreeCalendarYears"/>), whatever the measure's kind.</item>
/// <item><c>2013/14-15/16</c>: three financial years pooled (<see cref="PeriodKind.ThreeFinancialYears"/>).</item>
/// <item>Any of the single-period forms followed by a release in brackets: <c>(prov)</c>, <c>(Rev)</c>, <c>(Final)</c>,
/// <c>(OT)</c> (finance outturn, financial periods only).</item>
/// </list>
/// <para>Anything else, including a year outside 1900–2200 or two years that do not follow each other, is not a period.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct PeriodLabel : IEquatable<PeriodLabel>
{
    private PeriodLabel(ReportingPeriod period, ReleaseStage stage)
    {
        Period = period;
        Stage = stage;
    }

    /// <summary>Gets the period the label names.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the release the label names (<see cref="ReleaseStage.Published"/> when it names none).</summary>
    public ReleaseStage Stage { get; }

    /// <summary>Reads a label; see the remarks for the forms.</summary>
    /// <param name="text">The label, for example <c>2015/16</c>.</param>
    /// <param name="kind">The measure's kind of year: how a bare year (<c>2025</c>) or a pair (<c>2024-25</c>) is read.</param>
    /// <param name="snapshotMonth">For a snapshot kind: the month of the snapshot date.</param>
    /// <param name="snapshotDay">For a snapshot kind: the day of the snapshot date.</param>
    /// <returns>The label.</returns>
    /// <exception cref="FormatException">The text is not a period label for <paramref name="kind"/>; the message says why.</exception>
    public static PeriodLabel Parse(string text, PeriodKind kind, int snapshotMonth = 9, int snapshotDay = 30) =>
        TryParse(text, kind, snapshotMonth, snapshotDay, out var label, out var error) ? label : throw new FormatException(error);

    /// <summary>Reads a label; see the remarks for the forms.</summary>
    /// <param name="text">The label.</param>
    /// <param name="kind">The measure's kind of year.</param>
    /// <param name="snapshotMonth">For a snapshot kind: the month of the snapshot date.</param>
    /// <param name="snapshotDay">For a snapshot kind: the day of the snapshot date.</param>
    /// <param name="label">The label, when it reads.</param>
    /// <param name="error">Why it does not read, when it does not.</param>
    /// <returns>True when <paramref name="text"/> is a period label for <paramref name="kind"/>.</returns>
    public static bool TryParse(string? text, PeriodKind kind, int snapshotMonth, int snapshotDay, out PeriodLabel label, out string? error) =>
        TryParse((text ?? string.Empty).AsSpan(), kind, snapshotMonth, snapshotDay, out label, out error);

    /// <summary>Reads a label from characters; see <see cref="TryParse(string, PeriodKind, int, int, out PeriodLabel, out string)"/>.</summary>
    /// <param name="text">The label.</param>
    /// <param name="kind">The measure's kind of year.</param>
    /// <param name="snapshotMonth">For a snapshot kind: the month of the snapshot date.</param>
    /// <param name="snapshotDay">For a snapshot kind: the day of the snapshot date.</param>
    /// <param name="label">The label, when it reads.</param>
    /// <param name="error">Why it does not read, when it does not.</param>
    /// <returns>True when <paramref name="text"/> is a period label for <paramref name="kind"/>.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, PeriodKind kind, int snapshotMonth, int snapshotDay, out PeriodLabel label, out string? error)
    {
        label = default;
        var s = text.Trim();
        var stage = ReleaseStage.Published;
        if (s.Length > 0 && s[s.Length - 1] == ')')
        {
            var open = s.LastIndexOf('(');
            if (open < 0 || !TryStage(s.Slice(open + 1, s.Length - open - 2), out stage))
            {
                error = Fail(text, "the bracketed release is not (prov), (Rev), (Final) or (OT)");
                return false;
            }
            s = s.Slice(0, open).TrimEnd();
        }

        int endYear;
        var effective = kind;
        if (s.Length == 4 && Digits(s, out endYear))
        {
            if (kind is PeriodKind.ThreeCalendarYears or PeriodKind.ThreeFinancialYears)
            {
                error = Fail(text, "a single year does not name a three-year pool");
                return false;
            }
        }
        else if (s.Length == 7 && (s[4] == '/' || s[4] == '-') && Digits(s.Slice(0, 4), out var first) && Digits(s.Slice(5, 2), out var last))
        {
            var gap = ((last - first % 100) + 100) % 100;
            if (gap == 1 && s[4] == '-' && kind is PeriodKind.CalendarYear or PeriodKind.ThreeCalendarYears)
            {
                error = Fail(text, "two consecutive years do not name a calendar-year period");
                return false;
            }
            if (gap == 1 && kind is PeriodKind.AcademicYear or PeriodKind.FinancialYear or PeriodKind.YearEnding31March)
            {
                endYear = first + 1;
            }
            else if (gap == 2 && s[4] == '-')
            {
                effective = PeriodKind.ThreeCalendarYears;
                endYear = first + 2;
            }
            else
            {
                error = Fail(text, gap == 1
                    ? "a pair of years names an academic or financial year, not a " + Describe(kind) + " period"
                    : "the two years are neither consecutive nor the ends of a three-year pool");
                return false;
            }
        }
        else if (s.Length == 13 && s[4] == '/' && s[7] == '-' && s[10] == '/'
            && Digits(s.Slice(0, 4), out var a) && Digits(s.Slice(5, 2), out var b) && Digits(s.Slice(8, 2), out var c) && Digits(s.Slice(11, 2), out var d))
        {
            // 2013/14-15/16: three financial years, each pair consecutive and the last starting two years after the first.
            if ((a + 1) % 100 != b || (a + 2) % 100 != c || (a + 3) % 100 != d)
            {
                error = Fail(text, "the years of the pool do not follow each other");
                return false;
            }
            effective = PeriodKind.ThreeFinancialYears;
            endYear = a + 3;
        }
        else
        {
            error = Fail(text, "it is not a year (2025), a pair of years (2024/25, 2024-25) or a three-year pool (2014-16, 2013/14-15/16)");
            return false;
        }

        if (endYear < 1900 || endYear > 2200)
        {
            error = Fail(text, "the year is outside 1900-2200");
            return false;
        }
        if (stage == ReleaseStage.Outturn && effective is not (PeriodKind.FinancialYear or PeriodKind.YearEnding31March))
        {
            error = Fail(text, "an outturn (OT) is only for a financial year");
            return false;
        }
        if (effective == PeriodKind.Snapshot
            && (snapshotMonth < 1 || snapshotMonth > 12 || snapshotDay < 1 || snapshotDay > NodaTime.CalendarSystem.Iso.GetDaysInMonth(endYear, snapshotMonth)))
        {
            error = Fail(text, string.Format(CultureInfo.InvariantCulture, "snapshot day {0}/{1} is not a date", snapshotDay, snapshotMonth));
            return false;
        }
        label = new PeriodLabel(ReportingPeriod.ForYear(effective, endYear, snapshotMonth, snapshotDay), stage);
        error = null;
        return true;
    }

    /// <summary>Returns the label in LAIT's spelling: the period's <see cref="ReportingPeriod.Label"/> (a financial year as
    /// <c>2024-25</c>) and the release in brackets.</summary>
    /// <returns>The label.</returns>
    public override string ToString()
    {
        var text = Period.Kind == PeriodKind.FinancialYear ? Period.Label.Replace('/', '-') : Period.Label;
        return Stage switch
        {
            ReleaseStage.Provisional => text + " (prov)",
            ReleaseStage.Revised => text + " (Rev)",
            ReleaseStage.Final => text + " (Final)",
            ReleaseStage.Outturn => text + " (OT)",
            _ => text,
        };
    }

    /// <inheritdoc />
    public bool Equals(PeriodLabel other) => Period == other.Period && Stage == other.Stage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PeriodLabel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, (int)Stage);

    /// <summary>Equality.</summary>
    /// <param name="left">The left label.</param>
    /// <param name="right">The right label.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PeriodLabel left, PeriodLabel right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left label.</param>
    /// <param name="right">The right label.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PeriodLabel left, PeriodLabel right) => !left.Equals(right);

    private static bool TryStage(ReadOnlySpan<char> s, out ReleaseStage stage)
    {
        stage = s.Equals("prov".AsSpan(), StringComparison.OrdinalIgnoreCase) ? ReleaseStage.Provisional
            : s.Equals("Rev".AsSpan(), StringComparison.OrdinalIgnoreCase) ? ReleaseStage.Revised
            : s.Equals("Final".AsSpan(), StringComparison.OrdinalIgnoreCase) ? ReleaseStage.Final
            : s.Equals("OT".AsSpan(), StringComparison.OrdinalIgnoreCase) ? ReleaseStage.Outturn
            : ReleaseStage.Published;
        return stage != ReleaseStage.Published;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var ch in s)
        {
            if (ch < '0' || ch > '9')
            {
                return false;
            }
            value = (value * 10) + (ch - '0');
        }
        return s.Length > 0;
    }

    private static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.CalendarYear => "calendar-year",
        PeriodKind.Snapshot => "snapshot",
        PeriodKind.ThreeCalendarYears => "three-calendar-year",
        PeriodKind.ThreeFinancialYears => "three-financial-year",
        _ => kind.ToString(),
    };

    private static string Fail(ReadOnlySpan<char> text, string why) =>
        "'" + text.ToString() + "' is not a period label: " + why + ".";
}
