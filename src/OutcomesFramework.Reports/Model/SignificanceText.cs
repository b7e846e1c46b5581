using OutcomesFramework.Statistics;

namespace OutcomesFramework.Reports.Model;

/// <summary>The words, CSS class and marker shape of each <see cref="Significance"/>: the shape and word carry the meaning, the colour only repeats it.</summary>
internal static class SignificanceText
{
    /// <summary>Folds the statistics' outcome (with its best/worst extremes) into the report's six kinds.</summary>
    public static Significance From(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Better or BenchmarkOutcome.Best => Significance.Better,
        BenchmarkOutcome.Worse or BenchmarkOutcome.Worst => Significance.Worse,
        BenchmarkOutcome.Similar => Significance.Similar,
        BenchmarkOutcome.Higher or BenchmarkOutcome.Highest => Significance.Higher,
        BenchmarkOutcome.Lower or BenchmarkOutcome.Lowest => Significance.Lower,
        _ => Significance.NotCompared,
    };

    /// <summary>The words, for example "significantly better".</summary>
    public static string Label(this Significance s) => s switch
    {
        Significance.Better => "significantly better",
        Significance.Worse => "significantly worse",
        Significance.Similar => "not significantly different",
        Significance.Higher => "significantly higher",
        Significance.Lower => "significantly lower",
        _ => "not compared",
    };

    /// <summary>The CSS class that colours the marker.</summary>
    public static string CssClass(this Significance s) => s switch
    {
        Significance.Better => "sig-better",
        Significance.Worse => "sig-worse",
        Significance.Similar => "sig-similar",
        Significance.Higher or Significance.Lower => "sig-neutral",
        _ => "sig-none",
    };

    /// <summary>The marker's SVG path, centred on (0, 0), radius about 7: up triangle for better or higher, down for worse or lower, circle for similar, hollow diamond for not compared.</summary>
    public static string MarkerPath(this Significance s) => s switch
    {
        Significance.Better or Significance.Higher => "M0,-8L7,5H-7Z",
        Significance.Worse or Significance.Lower => "M0,8L7,-5H-7Z",
        Significance.Similar => "M-6,0A6,6 0 1,0 6,0A6,6 0 1,0 -6,0Z",
        _ => "M0,-7L7,0L0,7L-7,0Z",
    };

    /// <summary>A one-character symbol for text and tables (▲ ▼ ● ◇).</summary>
    public static string Symbol(this Significance s) => s switch
    {
        Significance.Better or Significance.Higher => "▲",
        Significance.Worse or Significance.Lower => "▼",
        Significance.Similar => "●",
        _ => "◇",
    };
}
