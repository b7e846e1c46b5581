using System;
using System.Globalization;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Assurance;

/// <summary>Culture-invariant wording shared by the rules' messages.</summary>
internal static class AssuranceText
{
    /// <summary>A message already written (for the rare findings whose wording needs much of the rule's state).</summary>
    public static Func<string> Constant(string message) => () => message;

    /// <summary>"Title (id)".</summary>
    public static string Name(Indicator indicator) => indicator.Title + " (" + indicator.Id + ")";

    /// <summary>A value in the indicator's unit, rounded to its decimal places: "27.4% of referrals", "15.2 cases per FTE".</summary>
    public static string Value(Indicator indicator, double value)
    {
        var number = Number(value, indicator.DecimalPlaces);
        var unit = indicator.Unit;
        if (unit.Length == 0)
        {
            return number;
        }
        return unit[0] == '%' ? number + unit : number + " " + unit;
    }

    /// <summary>A bare number rounded to the indicator's decimal places.</summary>
    public static string Number(Indicator indicator, double value) => Number(value, indicator.DecimalPlaces);

    /// <summary>
    /// A number rounded to <paramref name="decimals"/> places, as <see cref="Numbers.Format(double?, int)"/> writes it: the
    /// shortest round-trip text of the rounded value is the same text without trailing zeros, and much faster than a
    /// custom format; very large or small magnitudes (where "R" would use an exponent) take the custom format.
    /// </summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Numbers.Round(value, decimals);
        var magnitude = Math.Abs(rounded);
        return magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e15)
            ? rounded.ToString("R", CultureInfo.InvariantCulture)
            : Numbers.Format(rounded, decimals);
    }

    /// <summary>An integer.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"worse" side wording of a polarity: "above" when lower is better, "below" when higher is better.</summary>
    public static string BadSide(Polarity polarity) => polarity == Polarity.LowerIsBetter ? "above" : "below";
}
