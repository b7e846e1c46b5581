using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Disclosure;

/// <summary>
/// The derived indicators made fit for publication with the DfE's disclosure control, and their CSV
/// (<see cref="CsvHeader"/>). A count from 1 to the threshold − 1 (default 6: 1 to 5) is "c", and so is its rate per
/// 10,000 (rate × population ÷ 10,000 would give it back). A percentage is the row [numerator, denominator − numerator]
/// with the denominator as its total, run through <see cref="DisclosureControl.Suppress"/>: a small numerator or a small
/// complement hides both (the published denominator minus either gives the other), a small denominator hides itself,
/// and the percentage is "c" whenever its numerator or denominator is (value × denominator ÷ 100 would give the
/// numerator back). A mean over 1 to threshold − 1 children hides the count, the sum and the mean.
/// </summary>
/// <remarks>
/// <para>
/// Figures shared between indicators are suppressed alike, because in a one-row table the total is suppressed exactly
/// when it is itself from 1 to threshold − 1 (both parts hidden leave two unknowns and one equation, so the audit never
/// reaches the total): the children looked after at 31 March (a count, the numerator of its rate, the denominator of
/// three or more placements), the children starting to be looked after (a count and its rate), the referrals (a count
/// and the denominator of re-referrals), the child protection plans at 31 March (the numerator of their rate and the
/// denominator of plans lasting two years), and the care leavers of each age group (the denominator of both their
/// education and accommodation percentages). Other indicators count overlapping groups of children (long-term
/// stability is of some of those looked after at 31 March; those who went missing, of those looked after in the year)
/// but no published figure is the sum or difference of others, so they bound a suppressed count but do not determine it.
/// </para>
/// <para>
/// The reasons (<see cref="PublishedIndicator.NumeratorSuppression"/> and the others) are for the council's own review
/// and are not written to the CSV: a numerator known to be primary (1 to 5) beside a complement known to be secondary
/// (so 0 or 6 and over) of a published denominator of 7 could only be 1. Notes on the derivation (its exclusion counts)
/// are left out for the same kind of reason: they are counts of children, often small.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PublicationTable
{
    /// <summary>The header of <see cref="ToCsv"/>: the indicator, the council, the year ending 31 March, the measure (count, percentage, rate-per-10000 or mean), then the published value, numerator and denominator.</summary>
    public const string CsvHeader = "indicator_id,area_code,period,measure,value,numerator,denominator";

    /// <summary>The DfE's threshold: counts from 1 to 5 are suppressed.</summary>
    public const int DefaultThreshold = 6;

    private PublicationTable(CollectionYear year, int threshold, ImmutableArray<PublishedIndicator> indicators)
    {
        Year = year;
        Threshold = threshold;
        Indicators = indicators;
    }

    /// <summary>Gets the collection year.</summary>
    public CollectionYear Year { get; }

    /// <summary>Gets the threshold: counts from 1 to this − 1 are suppressed.</summary>
    public int Threshold { get; }

    /// <summary>Gets the published indicators, in the derivation's order.</summary>
    public ImmutableArray<PublishedIndicator> Indicators { get; }

    /// <summary>Applies disclosure control to a derivation.</summary>
    /// <param name="result">The derivation.</param>
    /// <param name="threshold">Counts from 1 to threshold − 1 are suppressed (default 6: 1 to 5). At least 3: with 2, only
    /// counts of 1 would be suppressed, and anyone who knows the rule would read every "c" as 1.</param>
    /// <returns>The publication table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not from 3 to 1000.</exception>
    public static PublicationTable Create(DerivationResult result, int threshold = DefaultThreshold)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckArgumentRange(nameof(threshold), threshold, 3, 1000);
        return new PublicationTable(result.Year, threshold, result.Indicators.Select(i => Publish(i, threshold)).ToImmutableArray());
    }

    /// <summary>Finds a published indicator by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The indicator, or null.</returns>
    public PublishedIndicator? Find(string id) => Indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    /// <summary>Writes the table as CSV: <see cref="CsvHeader"/>, then a row per indicator (LF line ends, invariant culture).</summary>
    /// <param name="areaCode">The council's 9-character ONS code.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentException"><paramref name="areaCode"/> is blank or holds a comma, quote or line break.</exception>
    public string ToCsv(string areaCode)
    {
        Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        Preconditions.CheckArgument(!areaCode.Any(ch => ch is ',' or '"' or '\n' or '\r'), nameof(areaCode), "The area code must not hold a comma, quote or line break.");
        var period = Year.EndYear.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(CsvHeader).Append('\n');
        foreach (var i in Indicators)
        {
            sb.Append(i.Id).Append(',').Append(areaCode).Append(',').Append(period).Append(',').Append(MeasureName(i.Measure)).Append(',')
              .Append(i.Value).Append(',').Append(i.Numerator).Append(',').Append(i.Denominator).Append('\n');
        }
        return sb.ToString();
    }

    private static string MeasureName(IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.Count => "count",
        IndicatorMeasure.Percentage => "percentage",
        IndicatorMeasure.RatePer10000 => "rate-per-10000",
        _ => "mean",
    };

    private static PublishedIndicator Publish(DerivedIndicator i, int threshold)
    {
        const SuppressionReason None = SuppressionReason.None;
        const string C = DisclosureControl.Suppressed;
        bool Small(double? x) => x is { } v && v >= 1 && v < threshold;
        switch (i.Measure)
        {
            case IndicatorMeasure.Count:
                return Small(i.Numerator)
                    ? new PublishedIndicator(i.Id, i.Measure, C, C, Whole(i.Denominator), SuppressionReason.Primary, SuppressionReason.Primary, None)
                    : new PublishedIndicator(i.Id, i.Measure, Whole(i.Value), Whole(i.Numerator), Whole(i.Denominator), None, None, None);
            case IndicatorMeasure.RatePer10000:
                // The population is the ONS's published estimate, not a count from the returns: it stays.
                return Small(i.Numerator)
                    ? new PublishedIndicator(i.Id, i.Measure, i.Value is null ? string.Empty : C, C, Whole(i.Denominator), i.Value is null ? None : SuppressionReason.Primary, SuppressionReason.Primary, None)
                    : new PublishedIndicator(i.Id, i.Measure, OneDecimal(i.Value), Whole(i.Numerator), Whole(i.Denominator), None, None, None);
            case IndicatorMeasure.Percentage:
                return Percentage(i, threshold);
            default:
                // A mean: the denominator is the number of children, the numerator their sum; sum ÷ mean gives the
                // number back, so a small number hides all three.
                return Small(i.Denominator)
                    ? new PublishedIndicator(i.Id, i.Measure, C, C, C, SuppressionReason.Primary, SuppressionReason.Secondary, SuppressionReason.Primary)
                    : new PublishedIndicator(i.Id, i.Measure, OneDecimal(i.Value), Whole(i.Numerator), Whole(i.Denominator), None, None, None);
        }
    }

    private static PublishedIndicator Percentage(DerivedIndicator i, int threshold)
    {
        // A percentage's numerator and denominator are both counts of children (never null for a derived percentage),
        // the numerator one of the denominator's children.
        var n = Count(i.Numerator);
        var d = Count(i.Denominator);
        var table = DisclosureControl.Suppress(new[] { new[] { n, d - n } }, threshold);
        var numeratorHidden = table[0][0] == DisclosureControl.Suppressed;
        var denominatorHidden = table[0][2] == DisclosureControl.Suppressed;
        SuppressionReason Reason(bool hidden, long count) =>
            !hidden ? SuppressionReason.None : count >= 1 && count < threshold ? SuppressionReason.Primary : SuppressionReason.Secondary;
        // Value × denominator ÷ 100 gives the numerator back, so the value goes with a suppressed numerator (for the
        // same reason); with only the denominator suppressed the numerator is a published 0, and the value goes too.
        var valueHidden = i.Value is not null && (numeratorHidden || denominatorHidden);
        var numeratorReason = Reason(numeratorHidden, n);
        return new PublishedIndicator(i.Id, i.Measure, valueHidden ? DisclosureControl.Suppressed : OneDecimal(i.Value), table[0][0], table[0][2],
            !valueHidden ? SuppressionReason.None : numeratorHidden ? numeratorReason : SuppressionReason.Secondary, numeratorReason, Reason(denominatorHidden, d));
    }

    private static long Count(double? x) => (long)x.GetValueOrDefault();

    private static string Whole(double? x) => x?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string OneDecimal(double? x) => x is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;
}
