#region sample
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
#endregion
using System;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>README.md, "From C#": a council's complete scorecard.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class ReadmeTour
{
    [Fact]
    public void PrintsLeedssScorecard()
    {
        using var console = new ConsoleCapture();

        #region sample
        var england = EnglandData.Default;   // the embedded DfE, ONS and Ofsted data and the default framework
        var engine = new ScoringEngine(england.Framework, england.Observations, england.Areas, england.StatisticalNeighbours);
        Scorecard leeds = engine.Score("Leeds");   // or a code: "383", "E08000035"; a year: Score("Leeds", 2024)
        ScorecardTable.Write(leeds, Console.Out);  // every indicator and outcome; ScorecardJson, ScorecardCsv for machines
        #endregion

        // Leeds is 383 / E08000035 in the DfE and ONS codes; the table names it and every outcome of the framework.
        Assert.StartsWith("Leeds (383, E08000035): scorecard for ", console.Text, StringComparison.Ordinal);
        foreach (var outcome in england.Framework.Outcomes)
        {
            Assert.Contains(outcome.Name, console.Text, StringComparison.Ordinal);
        }
    }
}
