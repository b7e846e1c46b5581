using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// A small CSV file read whole by <see cref="CsvRecordReader"/> (the library's one CSV reader): a header and rows of
/// cells, read by column name, each row with the line it starts on. For reference files a loader walks more than once
/// or out of order (areas, neighbours, Ofsted, LAIT's dictionary); large files are streamed record by record instead.
/// </summary>
/// <remarks>Header names are trimmed; cells are kept as written. Every row must have as many cells as the header.
/// Errors name the file and the line.</remarks>
internal sealed class CsvRecordTable
{
    private readonly Dictionary<string, int> columns;

    private CsvRecordTable(string name, string[] header, List<string[]> rows, List<int> lines)
    {
        Name = name;
        Header = header;
        Rows = rows;
        Lines = lines;
        columns = new Dictionary<string, int>(header.Length, StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns[header[i]] = i;
        }
    }

    /// <summary>Gets the file's name, as errors give it.</summary>
    public string Name { get; }

    /// <summary>Gets the header's column names, trimmed.</summary>
    public string[] Header { get; }

    /// <summary>Gets the rows after the header, one cell per column.</summary>
    public List<string[]> Rows { get; }

    /// <summary>Gets the 1-based line on which each row starts.</summary>
    public List<int> Lines { get; }

    /// <summary>Reads a whole file.</summary>
    /// <param name="name">The file's name, for errors.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The file is empty, is not valid CSV, or a row's cells do not match the header.</exception>
    public static CsvRecordTable Read(string name, TextReader text)
    {
        var csv = new CsvRecordReader(text, name);
        string[]? header = null;
        var rows = new List<string[]>();
        var lines = new List<int>();
        try
        {
            while (csv.Read())
            {
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = header is null ? csv[i].Trim().ToString() : csv.GetString(i);
                }
                if (header is null)
                {
                    header = cells;
                    continue;
                }
                if (cells.Length != header.Length)
                {
                    throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture,
                        "{0} line {1}: {2} cells, but the header has {3}.", name, csv.LineNumber, cells.Length, header.Length));
                }
                rows.Add(cells);
                lines.Add(csv.LineNumber);
            }
        }
        catch (EesFormatException e)
        {
            // The reader's exception names an EES file; these are the library's own reference files.
            throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "{0} line {1}: {2}", name, e.LineNumber, e.Reason), e);
        }
        return header is null ? throw new InvalidDataException(name + ": the file is empty.") : new CsvRecordTable(name, header, rows, lines);
    }

    /// <summary>Reads a whole file from a string.</summary>
    /// <param name="name">The file's name, for errors.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The file is empty, is not valid CSV, or a row's cells do not match the header.</exception>
    public static CsvRecordTable Parse(string name, string text)
    {
        using var reader = new StringReader(text);
        return Read(name, reader);
    }

    /// <summary>The index of a column, or an error naming the file and the column.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>The index.</returns>
    /// <exception cref="InvalidDataException">The file has no such column.</exception>
    public int Column(string column) =>
        columns.TryGetValue(column, out var index)
            ? index
            : throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "{0}: no column '{1}' (columns: {2}).", Name, column, string.Join(", ", Header)));

    /// <summary>Whether the table has a column.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>True when it has.</returns>
    public bool HasColumn(string column) => columns.ContainsKey(column);

    /// <summary>Where a row is, for errors: the file and the line.</summary>
    /// <param name="row">The row's index in <see cref="Rows"/>.</param>
    /// <returns>The text.</returns>
    public string Where(int row) => string.Format(CultureInfo.InvariantCulture, "{0} line {1}", Name, Lines[row]);
}
