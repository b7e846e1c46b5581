using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Reports.Model;

/// <summary>One period of an SPC chart: the value and limits, and the variation as words.</summary>
internal sealed record SpcPointView(
    string Period,
    double? Value,
    double? Mean,
    double? Lower,
    double? Upper,
    VariationCategory Category,
    string ValueText,
    string MeanText,
    string LowerText,
    string UpperText,
    string VariationText,
    string RuleText)
{
    /// <summary>Gets the CSS class of the point: grey for common cause, blue for improvement, orange for concern, purple for neither.</summary>
    public string CssClass => Category switch
    {
        VariationCategory.Improvement => "v-improvement",
        VariationCategory.Concern => "v-concern",
        VariationCategory.Neither => "v-neither",
        _ => "v-common",
    };

    /// <summary>Gets the marker: a circle for common cause, a square for improvement, a diamond for concern, a triangle for neither.</summary>
    public string MarkerPath => Category switch
    {
        VariationCategory.Improvement => "M-4.5,-4.5H4.5V4.5H-4.5Z",
        VariationCategory.Concern => "M0,-6L6,0L0,6L-6,0Z",
        VariationCategory.Neither => "M0,-5.5L5.5,4H-5.5Z",
        _ => "M-3.5,0A3.5,3.5 0 1,0 3.5,0A3.5,3.5 0 1,0 -3.5,0Z",
    };
}
