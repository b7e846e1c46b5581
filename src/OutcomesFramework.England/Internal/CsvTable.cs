using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace OutcomesFramework.England.Internal;

/// <summary>
/// A small RFC 4180 CSV table for the reference files this package embeds (areas, neighbours, Ofsted): a header
/// and rows of cells, read by column name. A UTF-8 byte-order mark is dropped; quoted cells may hold commas,
/// quotes and line breaks. Errors name the file and line.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;

    private CsvTable(string name, string[] header, List<string[]> rows, List<int> lines)
    {
        Name = name;
        Header = header;
        Rows = rows;
        Lines = lines;
        columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns[header[i]] = i;
        }
    }

    public string Name { get; }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    /// <summary>The 1-based line on which each row starts.</summary>
    public List<int> Lines { get; }

    public static CsvTable Parse(string name, string text)
    {
        var records = new List<string[]>();
        var lines = new List<int>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var quoted = false;
        var any = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || cell.Length > 0)
                    {
                        cells.Add(cell.ToString());
                        records.Add(cells.ToArray());
                        lines.Add(recordLine);
                    }
                    cells.Clear();
                    cell.Clear();
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append(c);
                    any = true;
                    break;
            }
        }
        if (quoted)
        {
            throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "{0}: a quoted cell opened on line {1} is never closed.", name, recordLine));
        }
        if (any || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            records.Add(cells.ToArray());
            lines.Add(recordLine);
        }
        if (records.Count == 0)
        {
            throw new InvalidDataException(name + ": the file is empty.");
        }
        var header = records[0];
        for (var h = 0; h < header.Length; h++)
        {
            header[h] = header[h].Trim();
        }
        records.RemoveAt(0);
        lines.RemoveAt(0);
        for (var r = 0; r < records.Count; r++)
        {
            if (records[r].Length != header.Length)
            {
                throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture,
                    "{0} line {1}: {2} cells, but the header has {3}.", name, lines[r], records[r].Length, header.Length));
            }
        }
        return new CsvTable(name, header, records, lines);
    }

    public static CsvTable FromResource(string fileName) => Parse(fileName, EmbeddedData.ReadText(fileName));

    /// <summary>The index of a column, or an error naming the file and the column.</summary>
    public int Column(string column) =>
        columns.TryGetValue(column, out var index)
            ? index
            : throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "{0}: no column '{1}' (columns: {2}).", Name, column, string.Join(", ", Header)));

    /// <summary>Whether the table has a column.</summary>
    public bool HasColumn(string column) => columns.ContainsKey(column);

    public string Where(int row) => string.Format(CultureInfo.InvariantCulture, "{0} line {1}", Name, Lines[row]);
}
