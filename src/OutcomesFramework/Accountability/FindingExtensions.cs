using OutcomesFramework.Assurance;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>Adapts assurance findings for routing.</summary>
/// <remarks>
/// The adapter lives on the routing side so that dependencies point one way: accountability knows assurance's
/// <see cref="Finding"/>, assurance knows nothing of accountability.
/// </remarks>
public static class FindingExtensions
{
    /// <summary>Adapts a finding for routing to the roles accountable for it.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The routable finding.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static RoutableFinding ToRoutableFinding(this Finding finding)
    {
        Preconditions.CheckNotNull(finding, nameof(finding));
        return new RoutableFinding(finding.RuleId, finding.Severity, finding.AreaCode, finding.Message, finding.OutcomeId, finding.IndicatorId);
    }
}
