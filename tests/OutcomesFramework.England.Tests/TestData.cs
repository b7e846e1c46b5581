using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using OutcomesFramework.England.Internal;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Tests;

/// <summary>Paths and readers for the fixtures copied to the test output.</summary>
internal static class TestData
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string EesDirectory => Path.Combine(AppContext.BaseDirectory, "Ees");

    /// <summary>LAIT's long data set as shipped in the repository (gzip'd CSV).</summary>
    public static string LaitFile => Path.Combine(AppContext.BaseDirectory, "Lait", "bds_long.csv.gz");

    /// <summary>Opens LAIT's long data set as text.</summary>
    public static TextReader OpenLait() => new StreamReader(new GZipStream(File.OpenRead(LaitFile), CompressionMode.Decompress), new UTF8Encoding(false));

    /// <summary>Every published file behind the embedded snapshot, read afresh (EES and LAIT).</summary>
    public static Lazy<OutcomesFramework.Evidence.Ees.EesIngest> Published { get; } = new(() =>
        EnglandData.Default.ReadPublished(OutcomesFramework.Evidence.Ees.EesFiles.FromDirectory(EesDirectory), OpenLait));

    public static CsvRecordTable ReadFixture(string name) => CsvRecordTable.Parse(name, File.ReadAllText(Fixture(name)));
}
