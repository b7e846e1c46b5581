namespace OutcomesFramework.Statistics;

/// <summary>Labels for <see cref="FunnelSignificance"/>.</summary>
public static class FunnelSignificanceExtensions
{
    /// <summary>The PHEindicatormethods label, e.g. "High (0.001)".</summary>
    /// <param name="significance">The significance.</param>
    /// <returns>The label.</returns>
    public static string ToLabel(this FunnelSignificance significance) => significance switch
    {
        FunnelSignificance.Low0025 => "Low (0.025)",
        FunnelSignificance.Low0001 => "Low (0.001)",
        FunnelSignificance.High0025 => "High (0.025)",
        FunnelSignificance.High0001 => "High (0.001)",
        FunnelSignificance.NotApplicable => "Not applicable for events less than 10 for dsrs",
        _ => "Not significant",
    };
}
