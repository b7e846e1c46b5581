using System;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Indicators;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The argument checks (exception, parameter and message), the role list and the equality of <see cref="IndicatorSelection"/>.</summary>
public sealed class IndicatorSelectionTest
{
    [Fact]
    public void RepeatedIndicator_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => IndicatorSelection.Of("rereferrals", "ks2-rwm", "rereferrals"));
        Assert.Equal(("indicatorIds", "An indicator is listed twice. (Parameter 'indicatorIds')"), (ex.ParamName, ex.Message));
    }

    [Fact]
    public void UnknownOutcome_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorSelection(outcomeIds: new[] { "SS", "XX" }));
        Assert.Equal(("outcomeIds", "'XX' is not one of the five outcomes (BH, SS, EA, PC, EW). (Parameter 'outcomeIds')"), (ex.ParamName, ex.Message));
        Assert.Equal("outcomeIds", Assert.Throws<ArgumentException>(() => new IndicatorSelection(outcomeIds: new string[] { null! })).ParamName);
    }

    [Fact]
    public void RepeatedOutcome_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorSelection(outcomeIds: new[] { "SS", "SS" }));
        Assert.Equal(("outcomeIds", "An outcome is listed twice. (Parameter 'outcomeIds')"), (ex.ParamName, ex.Message));
    }

    [Fact]
    public void UndefinedRole_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorSelection(roles: new[] { (IndicatorRole)99 }));
        Assert.Equal(("roles", "Unknown role 99. (Parameter 'roles')"), (ex.ParamName, ex.Message));
    }

    [Fact]
    public void RepeatedRole_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorSelection(roles: new[] { IndicatorRole.Context, IndicatorRole.Context }));
        Assert.Equal(("roles", "A role is listed twice. (Parameter 'roles')"), (ex.ParamName, ex.Message));
    }

    [Fact]
    public void Roles_AreKeptInOrder_AndSelect()
    {
        var s = new IndicatorSelection(roles: new[] { IndicatorRole.Enabler, IndicatorRole.Context });
        Assert.Equal(new[] { IndicatorRole.Enabler, IndicatorRole.Context }, s.Roles.ToArray());
        Assert.True(s.Includes(Turnover));      // a workforce indicator is an enabler
        Assert.False(s.Includes(Rereferrals));  // an outcome indicator
        Assert.Equal(new[] { IndicatorRole.Outcome }, IndicatorSelection.OutcomeIndicators.Roles.ToArray());
    }

    [Fact]
    public void Includes_Null_IsRefusedEvenForAll() =>
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => IndicatorSelection.All.Includes(null!)).ParamName);

    /// <summary>Each list takes part in equality: selections differing in one list only are not equal.</summary>
    [Fact]
    public void Equals_ComparesEachList()
    {
        var s = new IndicatorSelection(new[] { "rereferrals" }, new[] { "SS" }, new[] { IndicatorRole.Outcome });
        var same = new IndicatorSelection(new[] { "rereferrals" }, new[] { "SS" }, new[] { IndicatorRole.Outcome });
        Assert.True(s.Equals(same));
        Assert.True(s.Equals((object)same));
        Assert.Equal(s.GetHashCode(), same.GetHashCode());
        Assert.False(s.Equals(null));
        Assert.False(s.Equals(new IndicatorSelection(new[] { "ks2-rwm" }, new[] { "SS" }, new[] { IndicatorRole.Outcome })));
        Assert.False(s.Equals(new IndicatorSelection(new[] { "rereferrals" }, new[] { "EA" }, new[] { IndicatorRole.Outcome })));
        Assert.False(s.Equals(new IndicatorSelection(new[] { "rereferrals" }, new[] { "SS" }, new[] { IndicatorRole.Context })));
    }
}
