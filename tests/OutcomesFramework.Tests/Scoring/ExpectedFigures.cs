using System;
using System.Globalization;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The number forms the scorecard outputs document (half away from zero, no negative zero, invariant culture), stated
/// here apart from the library's own <c>Numbers</c>, so that a test cannot agree with a changed rounding by calling it.
/// </summary>
internal static class ExpectedFigures
{
    public static double Round(double x, int dp) => Math.Round(x, dp, MidpointRounding.AwayFromZero) is var r && r == 0 ? 0 : r;

    public static double? Round(double? x, int dp) => x is { } v ? Round(v, dp) : null;

    /// <summary>Rounded to <paramref name="dp"/> places without trailing zeros; "none" for no figure.</summary>
    public static string Short(double? x, int dp) => x is { } v ? Round(v, dp).ToString("0.###############", CultureInfo.InvariantCulture) : "none";

    /// <summary>Rounded to exactly <paramref name="dp"/> places.</summary>
    public static string Fixed(double x, int dp) => Round(x, dp).ToString("F" + dp.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Percent(double share) => Short(share * 100, 1) + "%";

    /// <summary>The round-trip form of a figure given as set (weights, targets, raw values).</summary>
    public static string Exact(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
