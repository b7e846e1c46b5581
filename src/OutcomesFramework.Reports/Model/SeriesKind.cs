namespace OutcomesFramework.Reports.Model;

/// <summary>The lines of a trend chart; each has its own dash pattern and marker shape, not only its colour.</summary>
internal enum SeriesKind
{
    /// <summary>The council.</summary>
    Council = 0,

    /// <summary>England.</summary>
    England,

    /// <summary>The council's region.</summary>
    Region,

    /// <summary>The statistical neighbours' mean.</summary>
    Neighbours,
}
