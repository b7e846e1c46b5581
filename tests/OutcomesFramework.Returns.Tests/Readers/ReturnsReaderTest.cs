using System;
using System.IO;
using System.Text;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Returns.Tests.Synthetic;
using OutcomesFramework.Returns.Validation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Readers;

/// <summary>
/// <see cref="ReturnsReader.ReadBoth"/> reads the 903 beside the census, and <see cref="ReturnsReader.ReadAndValidate"/>
/// validates it there too: each return and report must be what its reader and the validator give alone, record for
/// record and byte for byte, and the errors those of the steps one after the other (read the 903, read the census,
/// validate the 903, validate the census).
/// </summary>
public sealed class ReturnsReaderTest : IDisposable
{
    private static readonly CollectionYear Year = new(2025);
    private readonly string root = Path.Combine(Path.GetTempPath(), "outcomes-returns-reader-test-" + Guid.NewGuid().ToString("N"));

    public ReturnsReaderTest()
    {
        Directory.CreateDirectory(root);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write903(int children)
    {
        var directory = Path.Combine(root, "903");
        SyntheticReturns.Write903Directory(directory, 11, children, Year.EndYear);
        return directory;
    }

    private string WriteCin(string text)
    {
        var path = Path.Combine(root, "cin.xml");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Everything a return holds, as text: every record's table, row, child, place and values, every problem and account.</summary>
    private static string Describe(ReturnData data)
    {
        var text = new StringBuilder();
        text.Append(data.Kind).Append(' ').Append(data.Year).Append(' ').Append(data.LocalAuthority).Append('\n');
        foreach (var table in data.Tables)
        {
            foreach (var record in table.Value)
            {
                text.Append(record.Table).Append('|').Append(record.Row).Append('|').Append(record.ChildId).Append('|').Append(record.Location).Append('|').Append(record.Location.Line);
                foreach (var field in record.Fields)
                {
                    text.Append('|').Append(record[field]).Append('~').Append(record.GetDate(field));
                }
                text.Append('\n');
            }
        }
        foreach (var problem in data.Problems)
        {
            text.Append(problem).Append('\n');
        }
        foreach (var account in data.Accounts)
        {
            text.Append(account).Append('\n');
        }
        return text.ToString();
    }

    [Fact]
    public void BothReadSideBySideAreWhatEachReaderGivesAlone()
    {
        var directory = Write903(400);
        var cin = WriteCin(SyntheticReturns.CinXml(12, 3_000, 3_600, Year.EndYear));
        var alone903 = Describe(new Ssda903Reader(Year).ReadDirectory(directory));
        var aloneCin = Describe(new CinCensusReader(Year).ReadFile(cin));
        var (data903, dataCin) = ReturnsReader.ReadBoth(Year, directory, cin);
        Assert.Equal(alone903, Describe(data903!));
        Assert.Equal(aloneCin, Describe(dataCin!));
        Assert.True(dataCin!.RecordCount > 3_600);
    }

    [Fact]
    public void OneReturnAloneIsReadAndTheOtherIsNull()
    {
        var directory = Write903(50);
        var cin = WriteCin(TestData.CinMessage("<Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers></Child>"));
        var (only903, noCin) = ReturnsReader.ReadBoth(Year, directory, null);
        Assert.Null(noCin);
        Assert.Equal(Describe(new Ssda903Reader(Year).ReadDirectory(directory)), Describe(only903!));
        var (no903, onlyCin) = ReturnsReader.ReadBoth(Year, null, cin);
        Assert.Null(no903);
        Assert.Equal("A1", Assert.Single(onlyCin!.Table("ChildIdentifiers")).ChildId);
        Assert.Throws<ArgumentException>(() => ReturnsReader.ReadBoth(Year, null, null));
    }

    [Fact]
    public void The903sErrorComesFirstAsWhenReadOneAfterTheOther()
    {
        // A missing 903 directory is reported even though the census is missing too, or malformed, or fine.
        var missing903 = Path.Combine(root, "no-such-903");
        var good = WriteCin(SyntheticReturns.CinXml(12, 2_000, 2_400, Year.EndYear));
        Assert.Throws<DirectoryNotFoundException>(() => ReturnsReader.ReadBoth(Year, missing903, good));
        Assert.Throws<DirectoryNotFoundException>(() => ReturnsReader.ReadBoth(Year, missing903, Path.Combine(root, "no-such.xml")));
        var broken = Path.Combine(root, "broken.xml");
        File.WriteAllText(broken, TestData.CinMessage("<Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers>"));
        Assert.Throws<DirectoryNotFoundException>(() => ReturnsReader.ReadBoth(Year, missing903, broken));
    }

    [Fact]
    public void TheCensussErrorIsReportedAsItsReaderReportsItWhenThe903IsRead()
    {
        var directory = Write903(50);
        var broken = Path.Combine(root, "broken.xml");
        File.WriteAllText(broken, TestData.CinMessage("<Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers>"));
        var alone = Assert.Throws<ReturnFormatException>(() => new CinCensusReader(Year).ReadFile(broken));
        var both = Assert.Throws<ReturnFormatException>(() => ReturnsReader.ReadBoth(Year, directory, broken));
        Assert.Equal(alone.Message, both.Message);
        Assert.Equal(alone.Location.ToString(), both.Location.ToString());
        Assert.Throws<FileNotFoundException>(() => ReturnsReader.ReadBoth(Year, directory, Path.Combine(root, "no-such.xml")));
    }

    [Fact]
    public void ReadAndValidatedSideBySideAreWhatTheReadersAndValidatorGiveAlone()
    {
        var directory = Write903(400);
        var cin = WriteCin(SyntheticReturns.CinXml(12, 3_000, 3_600, Year.EndYear));
        var alone903 = new Ssda903Reader(Year).ReadDirectory(directory);
        var aloneCin = new CinCensusReader(Year).ReadFile(cin);
        var both = ReturnsReader.ReadAndValidate(Year, directory, cin);
        Assert.Equal(Describe(alone903), Describe(both.Ssda903!));
        Assert.Equal(Describe(aloneCin), Describe(both.Cin!));
        Assert.Equal(ReturnValidator.Validate(alone903).ToCsv(), both.Ssda903Report!.ToCsv());
        Assert.Equal(ReturnValidator.Validate(aloneCin).ToCsv(), both.CinReport!.ToCsv());
        Assert.NotEmpty(both.CinReport.Failures);

        // Chosen rules, and one return alone.
        var few903 = ValidationRuleSet.For(ReturnKind.Ssda903, Year).Only(new[] { "103" });
        var fewCin = ValidationRuleSet.For(ReturnKind.CinCensus, Year).Only(new[] { "8500", "8510" });
        var chosen = ReturnsReader.ReadAndValidate(Year, directory, cin, few903, fewCin);
        Assert.Same(few903, chosen.Ssda903Report!.RuleSet);
        Assert.Equal(ReturnValidator.Validate(alone903, few903).ToCsv(), chosen.Ssda903Report.ToCsv());
        Assert.Equal(ReturnValidator.Validate(aloneCin, fewCin).ToCsv(), chosen.CinReport!.ToCsv());
        var onlyCin = ReturnsReader.ReadAndValidate(Year, null, cin, null, fewCin);
        Assert.Null(onlyCin.Ssda903);
        Assert.Null(onlyCin.Ssda903Report);
        Assert.Equal(ReturnValidator.Validate(aloneCin, fewCin).ToCsv(), onlyCin.CinReport!.ToCsv());
        var only903 = ReturnsReader.ReadAndValidate(Year, directory, null);
        Assert.Null(only903.Cin);
        Assert.Null(only903.CinReport);
        Assert.Equal(ReturnValidator.Validate(alone903).ToCsv(), only903.Ssda903Report!.ToCsv());
    }

    [Fact]
    public void ValidationErrorsComeAfterReadErrorsAndThe903sBeforeTheCensuss()
    {
        var directory = Write903(50);
        var good = WriteCin(SyntheticReturns.CinXml(12, 500, 600, Year.EndYear));
        var broken = Path.Combine(root, "broken.xml");
        File.WriteAllText(broken, TestData.CinMessage("<Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers>"));
        var set903 = ValidationRuleSet.For(ReturnKind.Ssda903, Year);
        var setCin = ValidationRuleSet.For(ReturnKind.CinCensus, Year);

        // Rule sets swapped: each validation would fail, but a read error is reported first.
        Assert.Throws<DirectoryNotFoundException>(() => ReturnsReader.ReadAndValidate(Year, Path.Combine(root, "no-such-903"), broken, setCin, set903));
        Assert.Throws<ReturnFormatException>(() => ReturnsReader.ReadAndValidate(Year, directory, broken, setCin, set903));
        Assert.Throws<FileNotFoundException>(() => ReturnsReader.ReadAndValidate(Year, directory, Path.Combine(root, "no-such.xml"), setCin, set903));

        // Both read: the 903's validation error first, then the census's.
        var first = Assert.Throws<ArgumentException>(() => ReturnsReader.ReadAndValidate(Year, directory, good, setCin, set903));
        Assert.Contains(setCin.Id, first.Message, StringComparison.Ordinal);
        var second = Assert.Throws<ArgumentException>(() => ReturnsReader.ReadAndValidate(Year, directory, good, set903, set903));
        Assert.Contains(set903.Id, second.Message, StringComparison.Ordinal);
        Assert.Equal("rules", second.ParamName);
    }
}
