namespace OutcomesFramework.Evidence.Ees;

/// <summary>What is wrong with a rejected row or cell of an EES file.</summary>
public enum EesRejectionKind
{
    /// <summary>The row has a different number of fields from the header.</summary>
    FieldCount = 0,

    /// <summary>An indicator cell is empty. The EES standard wants a symbol (<c>x</c>, <c>z</c>, <c>c</c>, <c>low</c>) instead.</summary>
    BlankCell = 1,

    /// <summary>An indicator cell holds <c>NA</c>, <c>NULL</c>, <c>N/A</c>, <c>.</c>, <c>..</c> or <c>-</c>, which the EES screener rejects.</summary>
    DisallowedValue = 2,

    /// <summary>An indicator cell is neither a number nor a symbol of the standard.</summary>
    NotANumber = 3,

    /// <summary>A numerator or denominator is negative.</summary>
    NegativeCount = 4,

    /// <summary>The <c>time_period</c> or <c>time_identifier</c> does not give a period of the indicator's kind.</summary>
    BadPeriod = 5,

    /// <summary>The row's country or region code is blank or not in the area catalogue.</summary>
    UnknownArea = 6,

    /// <summary>Another row gives the same (indicator, area, period) after area mapping; every such row is rejected, since
    /// there is no telling which is right.</summary>
    DuplicateKey = 7,

    /// <summary>The denominator file has no row for the area and year.</summary>
    MissingDenominator = 8,

    /// <summary>The denominator file has more than one row for the area and year.</summary>
    DuplicateDenominator = 9,

    /// <summary>The denominator is zero, so the derived value is undefined.</summary>
    ZeroDenominator = 10,

    /// <summary>A value the indicator's measure cannot take: a proportion outside 0 to its multiplier, a negative count or
    /// rate, or a proportion's numerator above its denominator.</summary>
    OutOfRange = 11,
}
