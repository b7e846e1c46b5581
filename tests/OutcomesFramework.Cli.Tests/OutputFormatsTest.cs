using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Outputs;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>
/// The one output seam: every command takes --format table|json|csv and --out, its help lists the registry's formats,
/// and every JSON output (and the docs' JSON examples) validates against its schema in docs/schemas.
/// </summary>
public sealed class OutputFormatsTest
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertValid(string schema, string json) => SchemaAssert.Valid(schema, json);

    [Theory]
    [InlineData("score")]
    [InlineData("league")]
    [InlineData("sensitivity")]
    [InlineData("explain")]
    [InlineData("data")]
    [InlineData("assure")]
    [InlineData("spc")]
    [InlineData("accountability", "show")]
    [InlineData("accountability", "validate")]
    public void EveryCommand_OffersTableJsonCsvAndOut(params string[] command)
    {
        var (_, help, _) = Run(command.Append("--help").ToArray());
        foreach (var text in new[] { "--format", "table", "json", "csv", "--out" })
        {
            Assert.Contains(text, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AssureAll_Csv_HasAHeaderAndOneRowPerCouncil()
    {
        var (code, output, error) = Run("assure", "--all", "--as-of", "2025-12-01", "--format", "csv");
        Assert.True(code == 0, error);
        var lines = output.Split("\r\n");
        Assert.Equal("position,authority,laCode,areaCode,level,serious,concern,advisory,information,raisedBy,probability,probabilityLower,probabilityUpper", lines[0]);
        // 153 councils, a header, and the empty string after the final CRLF.
        Assert.Equal(1 + 153 + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void AssureOne_Json_ValidatesAgainstTheTableSchema()
    {
        var (code, output, error) = Run("assure", "--la", "Leeds", "--as-of", "2025-12-01", "--format", "json");
        Assert.True(code == 0, error);
        AssertValid("table.schema.json", output);
    }

    [Fact]
    public void Data_Json_KeepsFullPrecision_TheTableRounds()
    {
        var (code, json, error) = Run("data", "--la", "Leeds", "--format", "json");
        Assert.True(code == 0, error);
        AssertValid("table.schema.json", json);
        using var doc = JsonDocument.Parse(json);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var table = Run("data", "--la", "Leeds").Out;
        // One JSON row per table row; the table shows each figure rounded to the indicator's places.
        foreach (var row in rows)
        {
            var id = row.GetProperty("indicator").GetString()!;
            var line = table.Split('\n').First(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } c && c[1] == id);
            var england = row.GetProperty("England");
            if (england.ValueKind == JsonValueKind.Number)
            {
                var shown = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[4];
                var places = shown.Contains('.', StringComparison.Ordinal) ? shown.Length - shown.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                Assert.Equal(Math.Round(england.GetDouble(), places, MidpointRounding.AwayFromZero), double.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        Assert.Equal("outcomes-table/1", doc.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Data_Csv_WithOut_WritesTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-out-").FullName;
        try
        {
            var path = Path.Combine(dir, "leeds.csv");
            var (code, output, _) = Run("data", "--la", "Leeds", "--format", "csv", "--out", path);
            Assert.Equal(0, code);
            Assert.Equal("Wrote " + path + Environment.NewLine, output);
            Assert.StartsWith("outcome,indicator,period,value,England,region,sub-region,SN mean,SN median,n,rank,of,band,good,unit,LAIT key\r\n", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Out_ThatIsADirectory_IsAUserError()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-out-").FullName;
        try
        {
            var (code, _, error) = Run("data", "--la", "Leeds", "--out", dir);
            Assert.Equal(ExitCodes.UserError, code);
            Assert.Contains("is a directory", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Explain_Json_ValidatesAgainstTheExplanationSchema_AndCsvHasOneRowPerNode()
    {
        var (code, json, error) = Run("explain", "--la", "Leeds", "--outcome", "SS", "--format", "json");
        Assert.True(code == 0, error);
        AssertValid("explanation.schema.json", json);
        using var doc = JsonDocument.Parse(json);
        static int Count(JsonElement node) => 1 + node.GetProperty("children").EnumerateArray().Sum(Count);
        var nodes = Count(doc.RootElement.GetProperty("explanation"));
        var csv = Run("explain", "--la", "Leeds", "--outcome", "SS", "--format", "csv").Out;
        Assert.StartsWith("depth,path,label,value,method,inputs\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(nodes, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public void Spc_Csv_HasOnePointPerRow()
    {
        var json = Run("spc", "--la", "Leeds", "--indicator", "rereferrals", "--format", "json").Out;
        using var doc = JsonDocument.Parse(json);
        var points = doc.RootElement.GetProperty("points").GetArrayLength();
        var csv = Run("spc", "--la", "Leeds", "--indicator", "rereferrals", "--format", "csv").Out;
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,value,mean,lowerProcessLimit,upperProcessLimit,variation,rule", lines[0]);
        Assert.Equal(points, lines.Length - 1);
    }

    [Fact]
    public void AccountabilityShow_Json_IsAMapTheValidatorAccepts()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-map-").FullName;
        try
        {
            var path = Path.Combine(dir, "map.json");
            var (code, _, error) = Run("accountability", "show", "--format", "json", "--out", path);
            Assert.True(code == 0, error);
            AssertValid("accountability.schema.json", File.ReadAllText(path));
            Assert.Equal(0, Run("accountability", "validate", path).Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("Leeds")]
    [InlineData("City of London")]
    [InlineData("Isles of Scilly")]
    public void Score_Json_ValidatesAgainstTheScorecardSchema(string la)
    {
        var (code, json, _) = Run("score", "--la", la, "--format", "json");
        Assert.Equal(0, code);
        AssertValid("scorecard.schema.json", json);
    }

    [Fact]
    public void Registry_FindsByNameIgnoringCase_AndReplacesInPlace()
    {
        Assert.Equal(new[] { "table", "json", "csv" }, OutputTable.Formats.Names);
        Assert.Equal("json", OutputTable.Formats.Find(" JSON ")!.Name);
        Assert.Null(OutputTable.Formats.Find("xml"));
        var replaced = OutputTable.Formats.With(new OutputFormat<OutputTable>("json", "application/json", "other", (_, w) => w.Write("x")));
        Assert.Equal(new[] { "table", "json", "csv" }, replaced.Names);
        Assert.Equal("x", replaced.Find("json")!.ToText(new OutputTable(null, new[] { "a" }, Array.Empty<OutputCell[]>())));
    }

    [Theory]
    [InlineData(83.54258705457916, 1, "83.5")]
    [InlineData(2.25, 1, "2.3")]
    [InlineData(-2.25, 1, "-2.3")]
    [InlineData(-0.04, 1, "0.0")]
    [InlineData(67, 0, "67")]
    public void Cell_ShowsHalfAwayFromZero_ToItsPlaces(double value, int places, string shown)
    {
        var cell = OutputCell.OfNumber(value, places);
        Assert.Equal(shown, cell.ToDisplay());
        Assert.Equal(value, double.Parse(cell.ToInvariant()!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
