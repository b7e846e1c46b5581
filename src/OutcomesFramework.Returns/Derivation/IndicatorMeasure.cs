namespace OutcomesFramework.Returns.Derivation;

/// <summary>What kind of figure a derived indicator is.</summary>
public enum IndicatorMeasure
{
    /// <summary>A count (the value is the numerator).</summary>
    Count = 1,

    /// <summary>A percentage: 100 × numerator ÷ denominator.</summary>
    Percentage = 2,

    /// <summary>A rate per 10,000 children aged under 18: 10,000 × numerator ÷ population.</summary>
    RatePer10000 = 3,

    /// <summary>A mean: numerator (a sum) ÷ denominator (the number counted).</summary>
    Mean = 4,
}
