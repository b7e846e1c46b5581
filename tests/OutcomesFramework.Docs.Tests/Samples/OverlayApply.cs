#region sample
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Overlays;
#endregion
using System;
using System.IO;
using System.Linq;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/overlay-format.md: reading an overlay (the page's own example) and scoring with it.</summary>
public sealed class OverlayApply
{
    [Fact]
    public void AppliesThePagesExample()
    {
        var overlayFile = Path.Combine(Path.GetTempPath(), "outcomes-docs-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(overlayFile, DocSamples.FencedText("docs/overlay-format.md", "json")[0]);
        try
        {
            #region sample
            LocalOverlay overlay = LocalOverlayJson.ReadFile(overlayFile);   // e.g. "leeds.json"; or Read(stream | string | bytes, sourceName)
            var england = EnglandData.Default;
            var (framework, policy) = overlay.Apply(england.Framework);      // the framework plus local indicators, and the policy
            var engine = new ScoringEngine(framework, england.Observations, england.Areas, england.StatisticalNeighbours, policy);
            #endregion

            // The page's example adds one local indicator and compares with the neighbours' median.
            Assert.Contains(framework.Indicators, i => i.Id == "pc-youth-voice");
            Assert.Equal(england.Framework.Indicators.Length + 1, framework.Indicators.Length);
            Assert.Equal("Leeds", engine.Score("Leeds").Area.Name);
        }
        finally
        {
            File.Delete(overlayFile);
        }
    }
}
