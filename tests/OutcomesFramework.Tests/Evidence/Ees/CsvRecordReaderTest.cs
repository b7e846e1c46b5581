using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Evidence.Ees;
using Xunit;

namespace OutcomesFramework.Tests.Evidence.Ees;

public sealed class CsvRecordReaderTest
{
    [Fact]
    public void Read_OneCharAtATime_HandlesEveryBoundary()
    {
        // A reader that returns one char per call puts a buffer boundary between every pair of chars, CR and LF included.
        var text = "a,\"b,\"\"c\"\"\",d\r\n\"x\r\ny\",,\r\n\r\nlast";
        var records = ReadAll(new TrickleReader(text, 1));
        Assert.Equal(new[] { new[] { "a", "b,\"c\"", "d" }, new[] { "x\r\ny", "", "" }, new[] { "last" } }, records.Select(r => r.Fields));
        Assert.Equal(new[] { 1, 2, 5 }, records.Select(r => r.Line));
    }

    [Fact]
    public void Read_RecordLongerThanTheBuffer_GrowsIt()
    {
        var longField = new string('z', 200_000);
        var records = ReadAll(new StringReader("h1,h2\n" + longField + ",\"" + longField + "\"\nend,1\n"));
        Assert.Equal(3, records.Count);
        Assert.Equal(longField, records[1].Fields[0]);
        Assert.Equal(longField, records[1].Fields[1]);
        Assert.Equal(new[] { "end", "1" }, records[2].Fields);
    }

    [Fact]
    public void Read_LoneCarriageReturn_EndsARecord()
    {
        var records = ReadAll(new StringReader("a\rb\r\nc"));
        Assert.Equal(new[] { "a", "b", "c" }, records.Select(r => r.Fields[0]));
        Assert.Equal(new[] { 1, 2, 3 }, records.Select(r => r.Line));
    }

    [Fact]
    public void Read_ByteOrderMarkOnlyAtTheStart_IsSkipped()
    {
        var records = ReadAll(new StringReader("\uFEFFa,b\n\uFEFFc,d\n"));
        Assert.Equal("a", records[0].Fields[0]);
        Assert.Equal("\uFEFFc", records[1].Fields[0]);
    }

    [Theory]
    [InlineData("a,\"b", 1)]
    [InlineData("ok\na,\"b\"c", 2)]
    [InlineData("ok\n\nab\"c,d", 3)]
    public void Read_Malformed_ThrowsWithLine(string text, int line)
    {
        var ex = Assert.Throws<EesFormatException>(() => ReadAll(new StringReader(text)));
        Assert.Equal(("f.csv", line), (ex.FileName, ex.LineNumber));
    }

    /// <summary>Any table written the RFC 4180 way reads back field for field, whatever the line ending and chunking.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Read_WrittenRecords_RoundTrip()
    {
        var fieldGen = Gen.Elements('a', 'b', ',', '"', '\n', '\r', ' ', '1', 'é').ArrayOf().Select(cs => new string(cs));
        var recordGen = fieldGen.ArrayOf().Where(r => r.Length > 0);
        var gen = from records in recordGen.ArrayOf()
                  from crlf in Gen.Elements(true, false)
                  from chunk in Gen.Choose(1, 70)
                  select (records, crlf, chunk);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var text = Write(t.records, t.crlf ? "\r\n" : "\n");
            var read = ReadAll(new TrickleReader(text, t.chunk)).Select(r => r.Fields).ToArray();
            return read.Length == t.records.Length && read.Zip(t.records, (a, b) => a.SequenceEqual(b)).All(x => x);
        });
    }

    private static string Write(string[][] records, string newline)
    {
        var sb = new StringBuilder();
        foreach (var record in records)
        {
            for (var i = 0; i < record.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }
                var f = record[i];
                // Quote when needed, and always quote a lone empty field so the line is not empty.
                if (f.Any(c => c is ',' or '"' or '\n' or '\r') || (record.Length == 1 && f.Length == 0))
                {
                    sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    sb.Append(f);
                }
            }
            sb.Append(newline);
        }
        return sb.ToString();
    }

    private static List<(string[] Fields, int Line)> ReadAll(TextReader text)
    {
        var reader = new CsvRecordReader(text, "f.csv");
        var list = new List<(string[], int)>();
        while (reader.Read())
        {
            list.Add((Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray(), reader.LineNumber));
        }
        return list;
    }

    /// <summary>Hands out at most <c>chunk</c> chars per read.</summary>
    private sealed class TrickleReader : TextReader
    {
        private readonly string text;
        private readonly int chunk;
        private int position;

        public TrickleReader(string text, int chunk)
        {
            this.text = text;
            this.chunk = chunk;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - position);
            text.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }
    }
}
