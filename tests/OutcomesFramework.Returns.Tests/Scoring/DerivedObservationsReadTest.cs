using System.IO;
using OutcomesFramework.Returns.Scoring;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Scoring;

/// <summary>
/// Reading a derived observations file back (<c>score --returns FILE</c>): a good file round-trips, and each kind of bad
/// row is a <see cref="ReturnFormatException"/> naming the file, the line and the column, in words, without a .NET name.
/// </summary>
public sealed class DerivedObservationsReadTest
{
    private const string Head = "indicator_id,area_code,period,value,numerator,denominator\n";

    private static ReturnFormatException Bad(string text) =>
        Assert.Throws<ReturnFormatException>(() => DerivedObservations.Read("derived.csv", new StringReader(text)));

    [Fact]
    public void AGoodFileIsReadWithItsCounts()
    {
        var rows = DerivedObservations.Read("derived.csv", new StringReader(Head + "cla-rate,E08000035,2025,70,1260,180000\ncla-started,E08000035,2025,12,,\n"));
        Assert.Equal(2, rows.Length);
        Assert.Equal((70.0, 1260.0, 180000.0), (rows[0].Value!.Value, rows[0].Numerator!.Value, rows[0].Denominator!.Value));
        Assert.Null(rows[1].Numerator);
        Assert.Equal(2025, rows[1].Period.EndYear);
    }

    [Theory]
    // The header is line 1, so the bad row is line 2 in each case.
    [InlineData("cla-rate,E08000035,2025,70,abc,180000", "numerator: 'abc' is not a number.")]
    [InlineData("cla-rate,E08000035,2025,70,1260,NaN", "denominator: 'NaN' is not a number.")]
    [InlineData("cla-rate,E08000035,2025,,1260,180000", "value: missing (a derived indicator always has one).")]
    [InlineData("cla-rate,E08000035,2025/26,70,1260,180000", "period: '2025/26' is not a year from 2000 to 2100")]
    [InlineData("cla-rate,E08000035,2025,70", "the row has 4 fields; it needs 6")]
    [InlineData("cla-rate,E08000035,2025,70,-3,180000", "The numerator -3 is not a finite number ≥ 0.")]
    public void ABadRowSaysWhereAndWhatInWords(string row, string expected)
    {
        var e = Bad(Head + row + "\n");
        Assert.Equal(("derived.csv", 2), (e.Location.Source, e.Location.Line));
        Assert.StartsWith(expected, e.Detail, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherHeaderIsRefusedOnLineOne()
    {
        var e = Bad("indicator,area,period,value\ncla-rate,E08000035,2025,70\n");
        Assert.Equal(1, e.Location.Line);
        Assert.Contains("the header must be indicator_id,area_code,period,value,numerator,denominator", e.Detail, System.StringComparison.Ordinal);
    }
}
