using System;
using System.Globalization;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>Categories, colours and NHS England names of <see cref="Variation"/> values.</summary>
public static class VariationExtensions
{
    /// <summary>The Making Data Count category (and so the colour) of a variation.</summary>
    /// <param name="variation">The variation.</param>
    /// <returns>Common cause, improvement, concern or neither.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variation"/> is not a defined value.</exception>
    public static VariationCategory Category(this Variation variation) => variation switch
    {
        Variation.CommonCause => VariationCategory.CommonCause,
        Variation.ImprovementHigh or Variation.ImprovementLow => VariationCategory.Improvement,
        Variation.ConcernHigh or Variation.ConcernLow => VariationCategory.Concern,
        Variation.NeitherHigh or Variation.NeitherLow => VariationCategory.Neither,
        _ => throw Undefined(nameof(variation), (int)variation),
    };

    /// <summary>Whether the variation is a special cause (anything but common cause).</summary>
    /// <param name="variation">The variation.</param>
    /// <returns><see langword="true"/> unless <paramref name="variation"/> is <see cref="Variation.CommonCause"/>.</returns>
    public static bool IsSpecialCause(this Variation variation) => variation != Variation.CommonCause;

    /// <summary>The NHS England name of the variation icon: <c>Common Cause</c>, <c>Improvement (High)</c> ….</summary>
    /// <param name="variation">The variation.</param>
    /// <returns>The name, in English.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variation"/> is not a defined value.</exception>
    public static string ToMdcName(this Variation variation) => variation switch
    {
        Variation.CommonCause => "Common Cause",
        Variation.ImprovementHigh => "Improvement (High)",
        Variation.ImprovementLow => "Improvement (Low)",
        Variation.ConcernHigh => "Concern (High)",
        Variation.ConcernLow => "Concern (Low)",
        Variation.NeitherHigh => "Neither (High)",
        Variation.NeitherLow => "Neither (Low)",
        _ => throw Undefined(nameof(variation), (int)variation),
    };

    /// <summary>
    /// The Making Data Count colour of a category as an RGB hex string: grey <c>#A6A6A6</c>, blue <c>#00B0F0</c>,
    /// orange <c>#E46C0A</c>, purple <c>#490092</c>.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <returns>The colour, <c>#RRGGBB</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public static string ToMdcColour(this VariationCategory category) => category switch
    {
        VariationCategory.CommonCause => "#A6A6A6",
        VariationCategory.Improvement => "#00B0F0",
        VariationCategory.Concern => "#E46C0A",
        VariationCategory.Neither => "#490092",
        _ => throw Undefined(nameof(category), (int)category),
    };

    /// <summary>The NHS England name of an assurance icon: <c>Pass</c>, <c>Fail</c> or <c>Hit or Miss</c>.</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>The name, in English.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="icon"/> is not a defined value.</exception>
    public static string ToMdcName(this AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => "Pass",
        AssuranceIcon.Fail => "Fail",
        AssuranceIcon.HitOrMiss => "Hit or Miss",
        _ => throw Undefined(nameof(icon), (int)icon),
    };

    /// <summary>
    /// NHSRplotthedots' label for a special-cause type, with the run and trend lengths of <paramref name="options"/>:
    /// <c>Above UCL</c>, <c>7 Point Trend (Increasing)</c>, <c>2 in 3 Below CL</c>, <c>7 Points Above CL</c>,
    /// <c>Common Cause</c> ….
    /// </summary>
    /// <param name="type">The special-cause type.</param>
    /// <param name="options">The options whose shift and trend lengths the label states.</param>
    /// <returns>The label, in English.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static string ToLabel(this SpecialCauseType type, SpcOptions options)
    {
        Utility.Preconditions.CheckNotNull(options, nameof(options));
        var trend = options.TrendPoints.ToString(CultureInfo.InvariantCulture);
        var shift = options.ShiftPoints.ToString(CultureInfo.InvariantCulture);
        return type switch
        {
            SpecialCauseType.CommonCause => "Common Cause",
            SpecialCauseType.AboveUpperLimit => "Above UCL",
            SpecialCauseType.BelowLowerLimit => "Below LCL",
            SpecialCauseType.TrendIncreasing => trend + " Point Trend (Increasing)",
            SpecialCauseType.TrendDecreasing => trend + " Point Trend (Decreasing)",
            SpecialCauseType.TwoInThreeAbove => "2 in 3 Above CL",
            SpecialCauseType.TwoInThreeBelow => "2 in 3 Below CL",
            SpecialCauseType.ShiftAbove => shift + " Points Above CL",
            SpecialCauseType.ShiftBelow => shift + " Points Below CL",
            _ => throw Undefined(nameof(type), (int)type),
        };
    }

    private static ArgumentOutOfRangeException Undefined(string paramName, int value) =>
        new(paramName, value, string.Format(CultureInfo.InvariantCulture, "Undefined value {0}.", value));
}
