using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.England;
using Xunit;

namespace OutcomesFramework.England.Tests;

public sealed class DefaultAccountabilityMapsTest
{
    public static TheoryData<string> Regimes => new() { "children-act-2004", "cswa-2017", "solace-2014" };

    [Theory]
    [MemberData(nameof(Regimes))]
    public void DefaultMap_AgainstTheDefaultFramework_HasNoDiagnostics(string regime)
    {
        var map = DefaultAccountabilityMaps.For(regime);
        var diagnostics = AccountabilityValidator.Validate(map, map.Regime, EnglandData.Default.Framework);
        Assert.Empty(diagnostics.Select(d => d.Code + " " + d.Message));
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void DefaultMap_EveryIndicatorAssignment_NamesAnIndicatorOfTheDefaultFramework(string regime)
    {
        var framework = EnglandData.Default.Framework;
        var indicatorTargets = DefaultAccountabilityMaps.For(regime).Assignments
            .Where(a => a.Target.Kind == AssignmentTargetKind.Indicator).Select(a => a.Target.Id).ToList();
        Assert.NotEmpty(indicatorTargets);
        Assert.All(indicatorTargets, id => Assert.NotNull(framework.FindIndicator(id!)));
    }
}
