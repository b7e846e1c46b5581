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

    [Fact]
    public void Snapshot_CorruptedByte_GivesInvalidDataOrTheSameShape()
    {
        // A damaged package must fail with the decoder's own error, never an index or overflow exception: flip bytes at
        // seeded positions (header, observations and report) and read. A flip can leave a valid file (a value's digit).
        var bytes = EmbeddedData.ReadBytes(EnglandSnapshot.ResourceName);
        var random = new Random(20261204);
        var positions = Enumerable.Range(0, 24).Concat(Enumerable.Range(0, 120).Select(_ => random.Next(bytes.Length))).ToList();
        var failures = 0;
        foreach (var position in positions)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[position] ^= (byte)(1 + random.Next(255));
            // Decoded side by side and in turn, a damaged file gives the same answer: the same set or the same error.
            var inTurn = Outcome(() => EnglandSnapshot.ReadObservations(damaged, parallel: false).Count + EnglandSnapshot.ReadReport(damaged).Files.Length);
            var sideBySide = Outcome(() => EnglandSnapshot.ReadObservations(damaged, parallel: true).Count + EnglandSnapshot.ReadReport(damaged).Files.Length);
            Assert.Equal(inTurn, sideBySide);
            if (inTurn.StartsWith("error", StringComparison.Ordinal))
            {
                failures++;
            }
        }
        Assert.True(failures > 0, "No damaged snapshot was refused.");
    }

    private static string Outcome(Func<int> read)
    {
        try
        {
            return "read " + read().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidDataException e)
        {
            return "error " + e.Message;
        }
    }

    [Fact]
    public void Snapshot_SideBySideAndInTurn_GiveTheSameObservations()
    {
        var bytes = EmbeddedData.ReadBytes(EnglandSnapshot.ResourceName);
        Assert.Equal(EnglandSnapshot.ReadObservations(bytes, parallel: false).ToList(), EnglandSnapshot.ReadObservations(bytes, parallel: true).ToList());
    }

    [Fact]
    public void Snapshot_Truncated_GivesInvalidData()
    {
        var bytes = EmbeddedData.ReadBytes(EnglandSnapshot.ResourceName);
        foreach (var length in new[] { 0, 3, 5, 6, 100, bytes.Length / 2, bytes.Length - 1 })
        {
            Assert.Throws<InvalidDataException>(() => EnglandSnapshot.Read(bytes.AsSpan(0, length)));
        }
    }
}
