using System;
using OutcomesFramework.Assurance;
using Xunit;

namespace OutcomesFramework.Tests.Assurance;

public sealed class EvidenceValueTest
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Number_NotFinite_IsRefusedNamingTheEvidence(double number)
    {
        var e = Assert.Throws<ArgumentException>(() => new EvidenceValue("gap", number));
        Assert.Equal("number", e.ParamName);
        Assert.Contains("Evidence 'gap' is not a finite number.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_NegativeZero_IsStoredAsZero()
    {
        // −0.0 == 0.0, so only the sign bit tells them apart: 1/−0 is −∞. A finding must not print "-0".
        var v = new EvidenceValue("gap", -0.0);
        Assert.Equal(double.PositiveInfinity, 1 / v.Number!.Value);
        Assert.Equal("0", v.Text);
        Assert.Equal(-2.5, new EvidenceValue("gap", -2.5).Number);
    }

    [Fact]
    public void Text_IsTheRoundTripNumber_OrTheTextGiven_AndToStringJoinsItToTheName()
    {
        Assert.Equal("0.1", new EvidenceValue("rate", 0.1).Text);
        Assert.Equal("rate: 27.35", new EvidenceValue("rate", 27.35).ToString());
        var band = new EvidenceValue("band", "D");
        Assert.Equal("D", band.Text);
        Assert.Null(band.Number);
        Assert.Equal("band: D", band.ToString());
    }

    [Fact]
    public void Equality_ComparesNameNumberAndText()
    {
        var a = new EvidenceValue("value", 3);
        Assert.True(a.Equals(new EvidenceValue("value", 3)));
        Assert.True(a == new EvidenceValue("value", 3));
        Assert.False(a != new EvidenceValue("value", 3));
        Assert.True(a.Equals((object)new EvidenceValue("value", 3)));
        Assert.Equal(a.GetHashCode(), new EvidenceValue("value", 3).GetHashCode());

        Assert.False(a == new EvidenceValue("other", 3));
        Assert.True(a != new EvidenceValue("value", 4));
        Assert.False(a.Equals(new EvidenceValue("value", "3")));
        Assert.False(new EvidenceValue("band", "C").Equals(new EvidenceValue("band", "D")));
        Assert.False(a.Equals((object)"value: 3"));
        // Different values hash apart (HashCode.Combine: a collision here has odds of about 1 in 4 billion).
        Assert.NotEqual(new EvidenceValue("band", "C").GetHashCode(), new EvidenceValue("band", "D").GetHashCode());
        Assert.NotEqual(new EvidenceValue("a", 1).GetHashCode(), new EvidenceValue("b", 1).GetHashCode());
        // The default value (no name) still hashes and compares without throwing: hashing a null name with
        // StringComparer.Ordinal would throw ArgumentNullException.
        Assert.Null(Record.Exception(() => default(EvidenceValue).GetHashCode()));
        Assert.True(default(EvidenceValue) == default(EvidenceValue));
    }
}
