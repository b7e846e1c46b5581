using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Returns.Calendar;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>
/// What a derivation needs besides the returns: the population for rates, the working-day calendar, and the earlier
/// years' SSDA903 returns that a child's period of care may reach back into.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DerivationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="population">The ONS mid-year estimate of children aged 0 to 17 for the council (the mid-year before the 31 March), or null to leave rates without a value.</param>
    /// <param name="calendar">The working-day calendar, or null for England and Wales.</param>
    /// <param name="ssda903History">
    /// The council's SSDA903 returns for the years just before the one derived (each read as its own collection year),
    /// or null for none. An annual return holds only the episodes open during its year, so a period of care that began
    /// years ago is often cut short in it; with these, periods of care are stitched across the years (see
    /// <see cref="Ssda903.EpisodeHistory"/>) and long-term stability and adoption timeliness use a period's true start.
    /// </param>
    /// <exception cref="System.ArgumentOutOfRangeException">The population is not positive.</exception>
    /// <exception cref="System.ArgumentException">A history return is null or not an SSDA903 return.</exception>
    public DerivationOptions(long? population = null, WorkingDayCalendar? calendar = null, IEnumerable<ReturnData>? ssda903History = null)
    {
        if (population is <= 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(population), population, "The population must be positive.");
        }
        Population = population;
        Calendar = calendar ?? WorkingDayCalendar.EnglandAndWales;
        var history = ssda903History?.ToImmutableArray() ?? ImmutableArray<ReturnData>.Empty;
        if (history.Any(h => h is null || h.Kind != ReturnKind.Ssda903))
        {
            throw new System.ArgumentException("Every earlier year's return must be an SSDA903 return.", nameof(ssda903History));
        }
        // In year order, so that the returns given in any order give the same history.
        Ssda903History = history.OrderBy(h => h.Year).ToImmutableArray();
    }

    /// <summary>Gets the default options: no population, England and Wales working days, no earlier years' returns.</summary>
    public static DerivationOptions Default { get; } = new();

    /// <summary>Gets the population aged 0 to 17, or null.</summary>
    public long? Population { get; }

    /// <summary>Gets the working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the earlier years' SSDA903 returns, oldest first (empty when none were given).</summary>
    public ImmutableArray<ReturnData> Ssda903History { get; }
}
