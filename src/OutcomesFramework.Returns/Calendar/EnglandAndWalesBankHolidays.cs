using System;
using System.Collections.Immutable;
using NodaTime;

namespace OutcomesFramework.Returns.Calendar;

/// <summary>
/// The bank holidays of England and Wales from 2012 to 2027, as the UK Government publishes them
/// (https://www.gov.uk/bank-holidays, England and Wales; the published list for 2012 to 2017 from the same page's
/// archived editions). It includes the one-off holidays: 5 June 2012 (Diamond Jubilee, with the spring holiday moved
/// to 4 June), 8 May 2020 (VE Day, moving the early May holiday), 2 and 3 June 2022 (Platinum Jubilee, the spring
/// holiday moved to 2 June), 19 September 2022 (the State Funeral of Queen Elizabeth II) and 8 May 2023 (the
/// Coronation of King Charles III); a holiday falling at a weekend is replaced by the substitute day published.
/// </summary>
internal static class EnglandAndWalesBankHolidays
{
    public const int FirstYear = 2012;

    public const int LastYear = 2027;

    public static ImmutableArray<LocalDate> Dates { get; } = ImmutableArray.Create(
        // 2012
        D(2012, 1, 2), D(2012, 4, 6), D(2012, 4, 9), D(2012, 5, 7), D(2012, 6, 4), D(2012, 6, 5), D(2012, 8, 27), D(2012, 12, 25), D(2012, 12, 26),
        // 2013
        D(2013, 1, 1), D(2013, 3, 29), D(2013, 4, 1), D(2013, 5, 6), D(2013, 5, 27), D(2013, 8, 26), D(2013, 12, 25), D(2013, 12, 26),
        // 2014
        D(2014, 1, 1), D(2014, 4, 18), D(2014, 4, 21), D(2014, 5, 5), D(2014, 5, 26), D(2014, 8, 25), D(2014, 12, 25), D(2014, 12, 26),
        // 2015
        D(2015, 1, 1), D(2015, 4, 3), D(2015, 4, 6), D(2015, 5, 4), D(2015, 5, 25), D(2015, 8, 31), D(2015, 12, 25), D(2015, 12, 28),
        // 2016
        D(2016, 1, 1), D(2016, 3, 25), D(2016, 3, 28), D(2016, 5, 2), D(2016, 5, 30), D(2016, 8, 29), D(2016, 12, 26), D(2016, 12, 27),
        // 2017
        D(2017, 1, 2), D(2017, 4, 14), D(2017, 4, 17), D(2017, 5, 1), D(2017, 5, 29), D(2017, 8, 28), D(2017, 12, 25), D(2017, 12, 26),
        // 2018
        D(2018, 1, 1), D(2018, 3, 30), D(2018, 4, 2), D(2018, 5, 7), D(2018, 5, 28), D(2018, 8, 27), D(2018, 12, 25), D(2018, 12, 26),
        // 2019
        D(2019, 1, 1), D(2019, 4, 19), D(2019, 4, 22), D(2019, 5, 6), D(2019, 5, 27), D(2019, 8, 26), D(2019, 12, 25), D(2019, 12, 26),
        // 2020
        D(2020, 1, 1), D(2020, 4, 10), D(2020, 4, 13), D(2020, 5, 8), D(2020, 5, 25), D(2020, 8, 31), D(2020, 12, 25), D(2020, 12, 28),
        // 2021
        D(2021, 1, 1), D(2021, 4, 2), D(2021, 4, 5), D(2021, 5, 3), D(2021, 5, 31), D(2021, 8, 30), D(2021, 12, 27), D(2021, 12, 28),
        // 2022
        D(2022, 1, 3), D(2022, 4, 15), D(2022, 4, 18), D(2022, 5, 2), D(2022, 6, 2), D(2022, 6, 3), D(2022, 8, 29), D(2022, 9, 19), D(2022, 12, 26), D(2022, 12, 27),
        // 2023
        D(2023, 1, 2), D(2023, 4, 7), D(2023, 4, 10), D(2023, 5, 1), D(2023, 5, 8), D(2023, 5, 29), D(2023, 8, 28), D(2023, 12, 25), D(2023, 12, 26),
        // 2024
        D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
        // 2025
        D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
        // 2026
        D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
        // 2027
        D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28));

    private static LocalDate D(int year, int month, int day) => new(year, month, day);
}
