namespace OutcomesFramework.Assurance;

/// <summary>The check of a <see cref="DataQualityRule"/>.</summary>
public enum DataQualityCheck
{
    /// <summary>The authority's figure for the latest period is suppressed (<c>c</c>).</summary>
    Suppressed = 0,

    /// <summary>The authority has no figure for the latest period (no row, or <c>x</c>) although the period has been published.</summary>
    Missing = 1,

    /// <summary>The authority's figure is withheld as of low reliability (<c>u</c>), for example after a late or failed return.</summary>
    LowReliability = 2,

    /// <summary>The authority's latest figure is more than a number of years older than the period asked for.</summary>
    Stale = 3,

    /// <summary>An outcome has too little evidence (coverage below the threshold) to be scored.</summary>
    InsufficientEvidence = 4,
}
