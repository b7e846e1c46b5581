namespace OutcomesFramework.Reports.Model;

/// <summary>How a council's value compares with its comparator, as the report shows it (by colour, shape and word).</summary>
internal enum Significance
{
    /// <summary>Not compared (no value, no comparator, or no interval).</summary>
    NotCompared = 0,

    /// <summary>Significantly better.</summary>
    Better,

    /// <summary>Not significantly different.</summary>
    Similar,

    /// <summary>Significantly worse.</summary>
    Worse,

    /// <summary>Significantly higher (no polarity).</summary>
    Higher,

    /// <summary>Significantly lower (no polarity).</summary>
    Lower,
}
