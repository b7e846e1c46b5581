namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The four Making Data Count point categories, each with its colour: NHSRplotthedots' <c>point_type</c> without
/// the side.
/// </summary>
public enum VariationCategory
{
    /// <summary>Common cause variation: grey, <c>#A6A6A6</c>.</summary>
    CommonCause = 0,

    /// <summary>Special cause improvement: blue, <c>#00B0F0</c>.</summary>
    Improvement = 1,

    /// <summary>Special cause concern: orange, <c>#E46C0A</c>.</summary>
    Concern = 2,

    /// <summary>Special cause with no improvement direction: purple, <c>#490092</c>.</summary>
    Neither = 3,
}
