#region sample
using OutcomesFramework.Evidence.Ees;
#endregion
using System;
using System.IO;
using System.Linq;
using OutcomesFramework.England;
using OutcomesFramework.Evidence;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/ees-data.md: reading a folder of EES tidy CSVs and the account of every row.</summary>
[Collection(ConsoleCapture.Name)]
public sealed class EesRead
{
    [Fact]
    public void ReadsTheEnglandFilesAndAccountsForEveryRow()
    {
        var catalogue = EnglandData.Default.Areas;
        var indicators = EnglandData.Default.EesIndicators;   // the framework indicators published in EES files (the rest come from LAIT)
        var folder = Path.Combine(AppContext.BaseDirectory, "Ees");   // the England package's published files
        using var console = new ConsoleCapture();

        #region sample
        var reader = new EesReader(catalogue);                       // an AreaCatalogue: England, regions, the 153 LAs
        EesIngest ingest = reader.Read(indicators, EesFiles.FromDirectory(folder));   // a folder of tidy CSVs

        ObservationSet observations = ingest.Observations;           // one per (indicator, area, period)
        Console.WriteLine(ingest.Report);                            // what happened to every row
        #endregion

        // The package's own data is built from these very files, so the reader finds the same observations.
        Assert.NotEmpty(observations.IndicatorIds);
        Assert.Empty(PackageData.CountDifferences(observations, EnglandData.Default.Observations));
        Assert.False(string.IsNullOrWhiteSpace(console.Text));
    }
}
