using FsCheck.Xunit;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Serialization;
using Xunit;

namespace OutcomesFramework.Tests.Serialization;

public sealed class FrameworkJsonRoundTripTest
{
    [Property(Arbitrary = new[] { typeof(FrameworkArbitraries) }, MaxTest = 300)]
    public void WriteThenRead_AnyFramework_GivesAnEqualFramework(Framework framework)
    {
        var read = FrameworkJson.Read(FrameworkJson.ToJson(framework));

        Assert.Equal(framework, read);
    }

    [Property(Arbitrary = new[] { typeof(FrameworkArbitraries) }, MaxTest = 300)]
    public void ReadThenWrite_AnyWrittenFramework_GivesTheSameBytes(Framework framework)
    {
        var bytes = FrameworkJson.ToUtf8Bytes(framework);

        Assert.Equal(bytes, FrameworkJson.ToUtf8Bytes(FrameworkJson.Read(bytes)));
    }
}
