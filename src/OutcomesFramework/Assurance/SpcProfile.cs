namespace OutcomesFramework.Assurance;

/// <summary>The Making Data Count profile an SPC rule draws its XmR chart with.</summary>
public enum SpcProfile
{
    /// <summary>NHSRplotthedots 0.2.2: 7-point shifts and trends, moving-range screening, limits from any number of points.</summary>
    NhsrPlotTheDots = 0,

    /// <summary>NHS England 2024 (the Making Data Count SQL v2.6 and Excel tool): 6-point shifts and trends, limits from 13 points.</summary>
    NhsEngland = 1,
}
