using System;

namespace OutcomesFramework.Assurance;

/// <summary>The documented mapping from findings to an <see cref="EarlyWarningLevel"/>.</summary>
public static class EarlyWarning
{
    /// <summary>
    /// The level one finding of a given severity raises: information → none, advisory → watch, concern → concern,
    /// serious → serious.
    /// </summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The severity is not defined.</exception>
    public static EarlyWarningLevel LevelOf(Severity severity) => severity switch
    {
        Severity.Information => EarlyWarningLevel.None,
        Severity.Advisory => EarlyWarningLevel.Watch,
        Severity.Concern => EarlyWarningLevel.Concern,
        Severity.Serious => EarlyWarningLevel.Serious,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>The lowest severity that raises a level: advisory for watch, concern for concern, serious for serious.</summary>
    /// <param name="level">The level (not <see cref="EarlyWarningLevel.None"/>).</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is None or not defined.</exception>
    public static Severity SeverityFor(EarlyWarningLevel level) => level switch
    {
        EarlyWarningLevel.Watch => Severity.Advisory,
        EarlyWarningLevel.Concern => Severity.Concern,
        EarlyWarningLevel.Serious => Severity.Serious,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Only watch, concern and serious are raised by a severity."),
    };

    /// <summary>Gets the lower-case name used in JSON and on the command line: none, watch, concern, serious.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static string ToName(this EarlyWarningLevel level) => level switch
    {
        EarlyWarningLevel.None => "none",
        EarlyWarningLevel.Watch => "watch",
        EarlyWarningLevel.Concern => "concern",
        EarlyWarningLevel.Serious => "serious",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };

    /// <summary>Gets the lower-case name of a severity: information, advisory, concern, serious.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The severity is not defined.</exception>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Information => "information",
        Severity.Advisory => "advisory",
        Severity.Concern => "concern",
        Severity.Serious => "serious",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
