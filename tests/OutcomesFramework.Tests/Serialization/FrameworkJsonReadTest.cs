using System;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Serialization;
using Xunit;

namespace OutcomesFramework.Tests.Serialization;

public sealed class FrameworkJsonReadTest
{
    [Fact]
    public void Read_SmallFixture_GivesTheValuesWrittenInTheFile()
    {
        var f = FrameworkJson.Read(FrameworkJsonText.Small);

        Assert.Equal("test-small", f.Id);
        Assert.Equal("Small test framework", f.Name);
        Assert.Equal("2025.1", f.Version);
        Assert.Equal(new[] { "BH", "SS", "EA", "PC", "EW" }, f.Outcomes.Select(o => o.Id));
        var bh6 = f.Outcomes[0].Aims[1];
        Assert.True(bh6.IsParentsCarersFamilies);
        Assert.Equal(new[] { "Parents, carers and families promote healthy lifestyles" }, bh6.Aliases);
        Assert.False(f.Outcomes[0].Aims[0].IsParentsCarersFamilies); // parentsCarersFamilies omitted: default false
        Assert.Empty(f.Outcomes[0].Aims[0].Aliases);                 // aliases omitted: default []

        var cla = f.FindIndicator("cla-rate")!;
        Assert.Equal(IndicatorRole.Context, cla.Role);
        Assert.Equal(MeasureKind.Rate, cla.MeasureKind);
        Assert.Equal(Polarity.NoPolarity, cla.Polarity);
        Assert.Equal(PeriodKind.YearEnding31March, cla.PeriodKind);
        Assert.Equal(10000.0, cla.Multiplier);
        Assert.Equal("LAIT 124", cla.Reference);
        var source = cla.Source!;
        Assert.Equal("Children looked after on 31 March each year", source.Filters["population_type"]);
        Assert.Equal("rate_per_10000", source.ValueColumn);
        Assert.Equal(-1, source.DenominatorSource!.YearOffset);
        Assert.Equal("0-17", source.DenominatorSource.Filters["age"]);

        var caseload = f.FindIndicator("sw-caseload")!;
        Assert.Equal(PeriodKind.Snapshot, caseload.PeriodKind);
        Assert.Equal((9, 30), (caseload.SnapshotMonth, caseload.SnapshotDay));
        Assert.Equal(0.5, caseload.Weight);
        Assert.Equal(new[] { "SS1", "SS5" }, caseload.AimIds);
        Assert.Null(caseload.Source);
        Assert.Equal(1.0, caseload.Multiplier);   // default
        Assert.True(caseload.QuartileBanding);    // default

        var att8 = f.FindIndicator("ks4-attainment8")!;
        Assert.False(att8.QuartileBanding);
        Assert.Equal(1.0, att8.Weight);           // default
        Assert.Null(att8.Description);
    }

    [Fact]
    public void Read_StreamWithByteOrderMarkAndCrLf_GivesTheSameFramework()
    {
        var expected = FrameworkJson.Read(FrameworkJsonText.Small);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(FrameworkJsonText.Small.Replace("\n", "\r\n"))).ToArray();

        using var stream = new MemoryStream(bytes);
        Assert.Equal(expected, FrameworkJson.Read(stream));
    }

    [Fact]
    public void ReadFile_InvalidFile_NamesTheFileInTheReport()
    {
        var path = Path.Combine(Path.GetTempPath(), "outcomesframework-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{ \"formatVersion\": 1 }");
        try
        {
            var ex = Assert.Throws<FrameworkValidationException>(() => FrameworkJson.ReadFile(path));
            Assert.Equal(path, ex.SourceName);
            Assert.StartsWith(path + " has ", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => FrameworkJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => FrameworkJson.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => FrameworkJson.ReadFile(null!));
    }
}
