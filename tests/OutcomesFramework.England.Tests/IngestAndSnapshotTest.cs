using System;
using System.IO;
using System.Linq;
using OutcomesFramework.England.Internal;
using OutcomesFramework.England.Snapshot;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Evidence.Lait;
using Xunit;

namespace OutcomesFramework.England.Tests;

public sealed class IngestAndSnapshotTest
{
    private static readonly Lazy<EesIngest> FromCsvs = TestData.Published;

    [Fact]
    public void Snapshot_RegeneratedFromCsvs_IsByteIdenticalToEmbedded()
    {
        var regenerated = EnglandSnapshot.Write(FromCsvs.Value);
        var embedded = EmbeddedData.ReadBytes(EnglandSnapshot.ResourceName);
        var target = Environment.GetEnvironmentVariable("ENGLAND_SNAPSHOT_OUT");
        if (!string.IsNullOrEmpty(target))
        {
            // Regenerating after the CSVs or the framework change: see src/OutcomesFramework.England/Data/README.md.
            File.WriteAllBytes(target, regenerated);
        }
        Assert.True(embedded.AsSpan().SequenceEqual(regenerated),
            "The embedded snapshot differs from the one the CSVs give; regenerate it (Data/README.md).");
    }

    [Fact]
    public void Snapshot_Observations_EqualWhatTheEesReaderReads()
    {
        Assert.Equal(FromCsvs.Value.Observations.ToList(), EnglandData.Default.Observations.ToList());
    }

    [Fact]
    public void IngestReport_EveryFile_AccountsForEveryRowInTheCsv()
    {
        var report = EnglandData.Default.IngestReport;
        Assert.Equal(EesReader.FilesNeeded(EnglandData.Default.EesIndicators).Add(LaitReader.FileName), report.Files.Select(f => f.FileName));
        foreach (var file in report.Files.Where(f => f.FileName != LaitReader.FileName))
        {
            // The number of data rows, counted here independently of the reader.
            var rows = CsvRecordTable.Parse(file.FileName, File.ReadAllText(Path.Combine(TestData.EesDirectory, file.FileName))).Rows.Count;
            Assert.Equal(rows, file.RowsRead);
            Assert.Equal(file.RowsRead, file.RowsUsed + file.RowsFiltered + file.RowsRejected);
        }
        Assert.Equal(report.RowsRead, report.RowsUsed + report.RowsFiltered + report.RowsRejected);
        Assert.Equal(EnglandData.Default.Observations.Count, report.ObservationCount);
    }

    [Fact]
    public void IngestReport_FormerAndCombinedAuthorities_AreListed()
    {
        var report = EnglandData.Default.IngestReport;
        var workforce = report.File("csww_indicators_2017_to_2025.csv")!;
        Assert.Contains(workforce.ExcludedAreas, a => a.Reason == EesFilterReason.CombinedArea && a.OldCode == "940 / 941");
        Assert.Contains(workforce.ExcludedAreas, a => a.Reason == EesFilterReason.CombinedArea && a.OldCode == "314 / 318");
        var cla = report.File("cla_number_and_rate_per_10k_children.csv")!;
        Assert.Contains(cla.ExcludedAreas, a => a.Reason == EesFilterReason.LegacyArea && a.OldCode == "909");
        Assert.Contains(cla.ExcludedAreas, a => a.Reason == EesFilterReason.LegacyArea && a.OldCode == "928");
    }

    [Fact]
    public void Snapshot_WriteThenRead_GivesTheSameObservationsAndReport()
    {
        var bytes = EnglandSnapshot.Write(FromCsvs.Value);
        var (observations, report) = EnglandSnapshot.Read(bytes);
        Assert.Equal(FromCsvs.Value.Observations.ToList(), observations.ToList());
        Assert.Equal(FromCsvs.Value.Report.ToString(), report.ToString());
        Assert.Equal(bytes, EnglandSnapshot.Write(observations, report));
    }
}
