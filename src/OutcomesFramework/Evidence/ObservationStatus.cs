using System;

namespace OutcomesFramework.Evidence;

/// <summary>
/// Whether an observation has a value, and if not, why not: the symbols of the GSS / DfE open data standard.
/// A suppressed or unavailable figure is never a zero or a NaN.
/// </summary>
public enum ObservationStatus
{
    /// <summary>A published number.</summary>
    Value = 0,

    /// <summary><c>c</c>: confidential, suppressed to protect individuals.</summary>
    Suppressed = 1,

    /// <summary><c>x</c>: not available (obsolete <c>:</c>).</summary>
    NotAvailable = 2,

    /// <summary><c>z</c>: not applicable.</summary>
    NotApplicable = 3,

    /// <summary><c>u</c>: low reliability (for example a late or failed return); the figure is withheld.</summary>
    LowReliability = 4,

    /// <summary><c>k</c> or <c>low</c> (obsolete <c>~</c>): rounds to zero but is not zero.</summary>
    RoundsToZero = 5,
}
