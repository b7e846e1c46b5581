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
}
