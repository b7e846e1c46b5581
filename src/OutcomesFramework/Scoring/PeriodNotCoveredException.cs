using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace OutcomesFramework.Scoring;

/// <summary>Thrown when a scorecard is asked for a year in which no indicator on it has data; lists the years that do.</summary>
public sealed class PeriodNotCoveredException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year asked for.</param>
    /// <param name="availableYears">The years with data, ascending.</param>
    public PeriodNotCoveredException(int year, ImmutableArray<int> availableYears)
        : base(BuildMessage(year, availableYears))
    {
        Year = year;
        AvailableYears = availableYears.IsDefault ? ImmutableArray<int>.Empty : availableYears;
    }

    /// <summary>Gets the year asked for.</summary>
    public int Year { get; }

    /// <summary>Gets the years with data, ascending.</summary>
    public ImmutableArray<int> AvailableYears { get; }

    private static string BuildMessage(int year, ImmutableArray<int> years) =>
        years.IsDefaultOrEmpty
            ? string.Format(CultureInfo.InvariantCulture, "There is no data for {0}: the observations hold no value for any indicator of the framework.", year)
            : string.Format(CultureInfo.InvariantCulture, "There is no data for a period ending in {0}; data covers {1}.", year, Describe(years));

    private static string Describe(ImmutableArray<int> years)
    {
        var contiguous = years[years.Length - 1] - years[0] + 1 == years.Length;
        return contiguous
            ? years[0].ToString(CultureInfo.InvariantCulture) + "–" + years[years.Length - 1].ToString(CultureInfo.InvariantCulture)
            : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
    }
}
