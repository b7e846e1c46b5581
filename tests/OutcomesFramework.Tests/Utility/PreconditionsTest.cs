using System;
using OutcomesFramework.Utility;
using Xunit;

namespace OutcomesFramework.Tests.Utility;

public sealed class PreconditionsTest
{
    [Fact]
    public void CheckNotNull_Null_ThrowsNamingParameter()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotNull<string>(null, "name"));
        Assert.Equal("name", ex.ParamName);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)] // NaN fails every comparison, so it must be caught explicitly by the range test.
    public void CheckArgumentRange_OutsideRange_Throws(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckArgumentRange("p", value, 0.0, 1.0));
        Assert.Equal("p", ex.ParamName);
    }

    [Fact]
    public void CheckNotBlank_WhiteSpace_Throws() =>
        Assert.Throws<ArgumentException>(() => Preconditions.CheckNotBlank("  ", "id"));
}
