#region sample
using OutcomesFramework.Frameworks;
using OutcomesFramework.Serialization;
#endregion
using System;
using System.IO;
using OutcomesFramework.England;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/framework-format.md: reading and writing a framework file.</summary>
public sealed class FrameworkJsonRoundTrip
{
    [Fact]
    public void ReadsAndWritesTheDefaultFramework()
    {
        var path = Path.Combine(Path.GetTempPath(), "outcomes-docs-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, FrameworkJson.ToJson(EnglandData.Default.Framework));
        try
        {
            #region sample
            Framework framework = FrameworkJson.ReadFile(path);         // e.g. "ecm-england.json"; or Read(stream | string | bytes, sourceName)
            string json = FrameworkJson.ToJson(framework);               // or Write(framework, stream | textWriter), ToUtf8Bytes
            #endregion

            Assert.Equal(File.ReadAllText(path), json);
            Assert.Equal(EnglandData.Default.Framework.Indicators.Length, framework.Indicators.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
