using System;
using System.Globalization;
using NodaTime;

namespace OutcomesFramework.Returns;

/// <summary>
/// A collection year of the DfE's children's social care returns: 1 April to 31 March, named by the year it ends
/// (the 2024/25 collection ends on 31 March 2025, its reference date).
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct CollectionYear : IEquatable<CollectionYear>, IComparable<CollectionYear>
{
    /// <summary>Creates the collection year ending on 31 March of <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The calendar year in which the collection year ends (2000 to 2100).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2000 to 2100.</exception>
    public CollectionYear(int endYear)
    {
        if (endYear < 2000 || endYear > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(endYear), endYear, "A collection year ends between 2000 and 2100.");
        }
        EndYear = endYear;
    }

    /// <summary>Gets the calendar year in which the collection year ends.</summary>
    public int EndYear { get; }

    /// <summary>Gets the first day of the collection year (1 April).</summary>
    public LocalDate Start => new(EndYear - 1, 4, 1);

    /// <summary>Gets the last day of the collection year, the census reference date (31 March).</summary>
    public LocalDate End => new(EndYear, 3, 31);

    /// <summary>Returns whether <paramref name="date"/> falls within the collection year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when Start ≤ date ≤ End.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Parses "2025", "2024/25", "2024-25" or "2024/2025" (all the collection year ending 31 March 2025).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The collection year.</returns>
    /// <exception cref="FormatException">The text is not a collection year.</exception>
    public static CollectionYear Parse(string text)
    {
        if (TryParse(text, out var year))
        {
            return year;
        }
        throw new FormatException("'" + text + "' is not a collection year; write it as 2025 or 2024/25 (the year ending 31 March 2025).");
    }

    /// <summary>Tries to parse a collection year (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="year">The year, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(string? text, out CollectionYear year)
    {
        year = default;
        if (text is null)
        {
            return false;
        }
        var t = text.Trim();
        var sep = -1;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '/' || t[i] == '-')
            {
                sep = i;
                break;
            }
        }
        int end;
        if (sep < 0)
        {
            if (!Digits(t, 0, t.Length, out end))
            {
                return false;
            }
        }
        else
        {
            var secondLength = t.Length - sep - 1;
            if (!Digits(t, 0, sep, out var start) || !Digits(t, sep + 1, secondLength, out var second))
            {
                return false;
            }
            end = start + 1;
            if ((secondLength == 2 && second != end % 100) || (secondLength == 4 && second != end) || (secondLength != 2 && secondLength != 4))
            {
                return false;
            }
        }
        if (end < 2000 || end > 2100)
        {
            return false;
        }
        year = new CollectionYear(end);
        return true;
    }

    private static bool Digits(string s, int from, int length, out int value)
    {
        value = 0;
        if (length < 1 || length > 4)
        {
            return false;
        }
        for (var i = from; i < from + length; i++)
        {
            if (s[i] < '0' || s[i] > '9')
            {
                return false;
            }
            value = (value * 10) + (s[i] - '0');
        }
        return true;
    }

    /// <summary>Returns the collection year that contains <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The collection year.</returns>
    public static CollectionYear Containing(LocalDate date) => new(date.Month >= 4 ? date.Year + 1 : date.Year);

    /// <summary>Returns the year as "2024/25".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (EndYear - 1).ToString(CultureInfo.InvariantCulture) + "/" + (EndYear % 100).ToString("00", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(CollectionYear other) => EndYear == other.EndYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CollectionYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => EndYear;

    /// <inheritdoc/>
    public int CompareTo(CollectionYear other) => EndYear.CompareTo(other.EndYear);

    /// <summary>Equality.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CollectionYear left, CollectionYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CollectionYear left, CollectionYear right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    /// <returns>True when left is earlier.</returns>
    public static bool operator <(CollectionYear left, CollectionYear right) => left.EndYear < right.EndYear;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    /// <returns>True when left is later.</returns>
    public static bool operator >(CollectionYear left, CollectionYear right) => left.EndYear > right.EndYear;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    /// <returns>True when left is the same or earlier.</returns>
    public static bool operator <=(CollectionYear left, CollectionYear right) => left.EndYear <= right.EndYear;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    /// <returns>True when left is the same or later.</returns>
    public static bool operator >=(CollectionYear left, CollectionYear right) => left.EndYear >= right.EndYear;
}
