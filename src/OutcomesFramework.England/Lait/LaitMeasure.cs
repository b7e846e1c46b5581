using System.Collections.Immutable;
using OutcomesFramework.Indicators;

namespace OutcomesFramework.England.Lait;

/// <summary>
/// One measure of the DfE Local Authority Interactive Tool (LAIT), as its data dictionary describes it, with the
/// indicator that carries its figures in this package.
/// </summary>
/// <remarks>
/// <para>Where the default framework scores a LAIT measure, <see cref="Indicator"/> is the framework's indicator (its id,
/// outcome and aims); otherwise it is a catalogue indicator with id <c>lait.</c> and the key, placed under the outcome its
/// topic serves, ranked (<see cref="IndicatorRole.Enabler"/>) when LAIT gives a polarity and
/// <see cref="IndicatorRole.Context"/> when it gives none. Either way its <see cref="IndicatorSource"/> names the measure
/// under the LAIT reader's key column, so the key is in the indicator's definition.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LaitMeasure
{
    internal LaitMeasure(string key, string code, ImmutableArray<string> topics, string yearType, string? sourceTable, Indicator indicator, Indicator? publishedAs)
    {
        Key = key;
        Code = code;
        Topics = topics;
        YearType = yearType;
        SourceTable = sourceTable;
        Indicator = indicator;
        PublishedAs = publishedAs;
    }

    /// <summary>Gets LAIT's key for the measure (<c>Measure_short</c>, e.g. <c>FirstYJS</c>).</summary>
    public string Key { get; }

    /// <summary>Gets LAIT's measure code (<c>Measure_code</c>).</summary>
    public string Code { get; }

    /// <summary>Gets LAIT's topics for the measure, first the main one (a few measures sit under two topics).</summary>
    public ImmutableArray<string> Topics { get; }

    /// <summary>Gets LAIT's kind of year as it writes it (<c>Academic Year</c>, <c>Financial Year</c>, <c>Calendar Year</c>,
    /// <c>Annual (end of Sept)</c>, <c>Annual - January</c>, <c>Annual</c>).</summary>
    public string YearType { get; }

    /// <summary>Gets the published table LAIT takes the measure from (<c>Table_status</c>), or null when it names none.</summary>
    public string? SourceTable { get; }

    /// <summary>Gets the indicator with the measure's title, polarity, unit, decimal places, quartile banding, kind of period,
    /// description and source.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets, where an EES-sourced indicator of the default framework measures the same thing, that indicator: its
    /// figures are the ones used (one indicator, one value), and LAIT's figures for the measure are not loaded.</summary>
    public Indicator? PublishedAs { get; }

    /// <summary>Returns the key and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + ": " + Indicator.Title;
}
