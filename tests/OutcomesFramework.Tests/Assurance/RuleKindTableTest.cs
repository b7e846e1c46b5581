using System;
using System.Linq;
using OutcomesFramework.Assurance;
using Xunit;

namespace OutcomesFramework.Tests.Assurance;

public sealed class RuleKindTableTest
{
    [Fact]
    public void Table_HasOneRowPerKind_InTheEnumsOrder()
    {
        Assert.Equal(Enum.GetValues(typeof(RuleKind)).Cast<RuleKind>(), RuleKindTable.All.Select(e => e.Kind));
        Assert.All(RuleKindTable.All, e => Assert.Same(e, RuleKindTable.Of(e.Kind)));
    }

    [Fact]
    public void Table_NamesAndPropertiesAreDistinct()
    {
        Assert.Equal(RuleKindTable.All.Length, RuleKindTable.All.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleKindTable.All, e =>
        {
            Assert.Equal(e.AllowedProperties.Length, e.AllowedProperties.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(RuleSetJsonNames.CommonProperties.Concat(e.Properties), e.AllowedProperties);
        });
    }

    [Fact]
    public void PublicNames_AreTheTables()
    {
        Assert.Equal(RuleKindTable.All.Select(e => e.Kind), RuleKinds.All);
        Assert.All(RuleKindTable.All, e =>
        {
            Assert.Equal(e.Name, RuleKinds.ToName(e.Kind));
            Assert.True(RuleKinds.TryParse(e.Name, out var back));
            Assert.Equal(e.Kind, back);
        });
        Assert.False(RuleKinds.TryParse("Threshold", out _));
        Assert.False(RuleKinds.TryParse(null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleKinds.ToName((RuleKind)99));
    }
}
