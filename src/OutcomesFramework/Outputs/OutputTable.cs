using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Outputs;

/// <summary>
/// A titled table of cells with notes beneath: the shape most views reduce to (a council's figures, assurance
/// findings, a league of levels, SPC points), so that one set of writers gives every such view a table for reading,
/// JSON and CSV (<see cref="Formats"/>).
/// </summary>
/// <remarks>
/// JSON (docs/schemas/table.schema.json): <c>{"schema": "outcomes-table/1", "title", "columns", "rows": [{column: value}], "notes"}</c>,
/// numbers at full precision, empty cells null, two-space indentation, LF. CSV: RFC 4180, a header row, CRLF, numbers at
/// full precision, empty cells empty; title and notes are not written (CSV has no place for them).
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OutputTable
{
    /// <summary>The <c>schema</c> value of the JSON form.</summary>
    public const string JsonSchema = "outcomes-table/1";

    private static readonly char[] CsvSpecial = { ',', '"', '\r', '\n' };

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates a table.</summary>
    /// <param name="title">What the table is (one line), or null.</param>
    /// <param name="columns">The column names (unique, non-empty).</param>
    /// <param name="rows">The rows; each has one cell per column.</param>
    /// <param name="notes">Lines shown beneath the table for reading and kept in JSON (legends, sources, licences), or null.</param>
    /// <exception cref="ArgumentNullException">The columns or rows are null.</exception>
    /// <exception cref="ArgumentException">A column name is empty or repeated, or a row has the wrong number of cells.</exception>
    public OutputTable(string? title, IEnumerable<string> columns, IEnumerable<IEnumerable<OutputCell>> rows, IEnumerable<string>? notes = null)
    {
        Title = title;
        Columns = Preconditions.CheckNotNull(columns, nameof(columns)).ToImmutableArray();
        Preconditions.CheckArgument(Columns.All(c => !string.IsNullOrEmpty(c)) && Columns.Distinct(StringComparer.Ordinal).Count() == Columns.Length,
            nameof(columns), "Column names must be non-empty and unique.");
        Rows = Preconditions.CheckNotNull(rows, nameof(rows)).Select(r => r.ToImmutableArray()).ToImmutableArray();
        Preconditions.CheckArgument(Rows.All(r => r.Length == Columns.Length), nameof(rows), "Every row must have one cell per column.");
        Notes = notes?.ToImmutableArray() ?? ImmutableArray<string>.Empty;
    }

    /// <summary>Gets the title, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets the column names.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Gets the rows.</summary>
    public ImmutableArray<ImmutableArray<OutputCell>> Rows { get; }

    /// <summary>Gets the notes shown beneath the table.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Gets the formats a table is written in: <c>table</c> (aligned text), <c>json</c> and <c>csv</c>.</summary>
    public static OutputFormatRegistry<OutputTable> Formats { get; } = new OutputFormatRegistry<OutputTable>()
        .With(new OutputFormat<OutputTable>("table", "text/plain", "aligned columns for reading, figures to the indicator's precision", (t, w) => t.WriteText(w)))
        .With(new OutputFormat<OutputTable>("json", "application/json", "JSON, full precision (docs/schemas/table.schema.json)", (t, w) => t.WriteJson(w)))
        .With(new OutputFormat<OutputTable>("csv", "text/csv", "RFC 4180 CSV, full precision", (t, w) => t.WriteCsv(w)));

    private void WriteText(TextWriter output)
    {
        if (Title is not null)
        {
            output.Write(Title + "\n\n");
        }
        var cells = Rows.Select(r => r.Select(c => c.ToDisplay()).ToArray()).ToList();
        var widths = Columns.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        // A column is right-aligned when it holds numbers (empty cells and symbols allowed) and at least one number.
        var right = Columns.Select((_, i) => Rows.Any(r => r[i].Number is not null) && Rows.All(r => r[i].Number is not null || r[i].Text is null || r[i].Text!.Length <= 3)).ToArray();
        WriteLine(output, Columns.ToArray(), widths, new bool[Columns.Length]);
        output.Write(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd() + "\n");
        foreach (var row in cells)
        {
            WriteLine(output, row, widths, right);
        }
        if (!Notes.IsEmpty)
        {
            output.Write("\n");
            foreach (var note in Notes)
            {
                output.Write(note + "\n");
            }
        }
    }

    private static void WriteLine(TextWriter output, string[] cells, int[] widths, bool[] right) =>
        output.Write(string.Join("  ", cells.Select((c, i) => right[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd() + "\n");

    private void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("schema", JsonSchema);
            if (Title is null)
            {
                w.WriteNull("title");
            }
            else
            {
                w.WriteString("title", Title);
            }
            w.WriteStartArray("columns");
            foreach (var c in Columns)
            {
                w.WriteStringValue(c);
            }
            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in Rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < Columns.Length; i++)
                {
                    w.WritePropertyName(Columns[i]);
                    var cell = row[i];
                    if (cell.Text is not null)
                    {
                        w.WriteStringValue(cell.Text);
                    }
                    else if (cell.Number is { } v)
                    {
                        w.WriteNumberValue(v == 0 ? 0 : v);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (var n in Notes)
            {
                w.WriteStringValue(n);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private void WriteCsv(TextWriter output)
    {
        output.Write(string.Join(",", Columns.Select(Field)) + "\r\n");
        foreach (var row in Rows)
        {
            output.Write(string.Join(",", row.Select(c => Field(c.ToInvariant()))) + "\r\n");
        }
    }

    private static string Field(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }
        return value.IndexOfAny(CsvSpecial) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
