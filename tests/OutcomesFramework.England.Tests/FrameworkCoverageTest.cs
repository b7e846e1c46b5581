using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Indicators;
using Xunit;

namespace OutcomesFramework.England.Tests;

/// <summary>
/// The default framework scores only what most councils have a figure for: an indicator that most of the 153 authorities
/// lack would rank the few that have it and leave the rest with a gap in the outcome.
/// </summary>
public sealed class FrameworkCoverageTest
{
    /// <summary>The floor of issue 10: figures for at least 120 of the 153 authorities in the indicator's latest period.</summary>
    private const int MinimumAuthorities = 120;

    [Fact]
    public void EveryScoredIndicator_HasFiguresForAtLeast120Of153AuthoritiesInItsLatestPeriod()
    {
        var data = EnglandData.Default;
        Assert.Equal(153, data.Areas.LocalAuthorities.Length);
        var thin = new List<string>();
        foreach (var indicator in data.Framework.Indicators.Where(i => i.Role == IndicatorRole.Outcome))
        {
            // The latest period in which anything is published for the indicator (a value or a missing-value symbol).
            var latest = data.Observations.LatestPeriod(indicator.Id);
            var count = latest is { } period
                ? data.Areas.LocalAuthorities.Count(la => data.Observations.Find(indicator.Id, la.Code, period) is { HasValue: true })
                : 0;
            if (count < MinimumAuthorities)
            {
                thin.Add(indicator.Id + " (" + (latest?.Label ?? "no period") + "): " + count);
            }
        }
        Assert.True(thin.Count == 0, "Scored indicators with figures for fewer than 120 authorities: " + string.Join("; ", thin));
    }

    [Fact]
    public void EveryOutcome_HasAtLeastTenScoredIndicators()
    {
        var framework = EnglandData.Default.Framework;
        foreach (var outcome in framework.Outcomes)
        {
            var scored = framework.IndicatorsOf(outcome.Id).Count(i => i.Role == IndicatorRole.Outcome);
            Assert.True(scored >= 10, outcome.Name + " has " + scored + " scored indicators.");
        }
    }
}
