using OutcomesFramework.Returns.Calendar;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>What a derivation needs besides the returns: the population for rates and the working-day calendar.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DerivationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="population">The ONS mid-year estimate of children aged 0 to 17 for the council (the mid-year before the 31 March), or null to leave rates without a value.</param>
    /// <param name="calendar">The working-day calendar, or null for England and Wales.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The population is not positive.</exception>
    public DerivationOptions(long? population = null, WorkingDayCalendar? calendar = null)
    {
        if (population is <= 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(population), population, "The population must be positive.");
        }
        Population = population;
        Calendar = calendar ?? WorkingDayCalendar.EnglandAndWales;
    }

    /// <summary>Gets the default options: no population, England and Wales working days.</summary>
    public static DerivationOptions Default { get; } = new();

    /// <summary>Gets the population aged 0 to 17, or null.</summary>
    public long? Population { get; }

    /// <summary>Gets the working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }
}
