using System;
using System.IO;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// Reads RFC 4180 records (comma separated, fields optionally in double quotes, doubled quotes inside them,
/// records ended by CRLF, LF or CR) from a <see cref="TextReader"/> into one reusable buffer. The fields of the
/// current record are spans into that buffer, valid until the next <see cref="Read"/>: nothing is allocated per
/// record once the buffer has grown to the longest record.
/// </summary>
/// <remarks>
/// A leading byte-order mark is skipped. Empty lines are not records. Quoted fields are unescaped in place (the
/// unescaped text is never longer than the quoted text), which is why the record end is found first by a scan
/// that only tracks quote parity, and the fields are split second.
/// </remarks>
internal sealed class CsvRecordReader
{
    private const int InitialBufferSize = 1 << 16;

    private readonly TextReader reader;
    private readonly string fileName;
    private char[] buffer = new char[InitialBufferSize];
    private int start;          // first unread char
    private int end;            // one past the last char read from the reader
    private bool endOfInput;
    private bool atFileStart = true;
    private int nextLine = 1;   // physical line on which the next record starts
    private int[] fieldStarts = new int[32];
    private int[] fieldEnds = new int[32];

    public CsvRecordReader(TextReader reader, string fileName)
    {
        this.reader = reader;
        this.fileName = fileName;
    }

    /// <summary>Gets the physical line (1-based) on which the current record starts.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Gets the number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Gets a field of the current record, unescaped and untrimmed.</summary>
    public ReadOnlySpan<char> this[int index] => new(buffer, fieldStarts[index], fieldEnds[index] - fieldStarts[index]);

    /// <summary>Gets a field of the current record as a new string.</summary>
    public string GetString(int index) => new(buffer, fieldStarts[index], fieldEnds[index] - fieldStarts[index]);

    /// <summary>Moves to the next record.</summary>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="EesFormatException">A quoted field is not closed, or text follows a closing quote, or a quote appears inside an unquoted field.</exception>
    public bool Read()
    {
        while (true)
        {
            var recordEnd = FindRecordEnd(out var terminatorLength, out var innerLines);
            if (recordEnd < 0)
            {
                return false;
            }
            var recordStart = start;
            LineNumber = nextLine;
            nextLine = checked(nextLine + 1 + innerLines);
            start = recordEnd + terminatorLength;
            if (atFileStart)
            {
                atFileStart = false;
                if (recordStart < recordEnd && buffer[recordStart] == '\uFEFF')
                {
                    recordStart++;
                }
            }
            if (recordStart == recordEnd)
            {
                continue; // an empty line is not a record
            }
            Split(recordStart, recordEnd);
            return true;
        }
    }

    private int FindRecordEnd(out int terminatorLength, out int innerLines)
    {
        terminatorLength = 0;
        innerLines = 0;
        var inQuotes = false;
        var scan = start;
        while (true)
        {
            if (scan >= end)
            {
                if (endOfInput)
                {
                    if (start == end)
                    {
                        return -1;
                    }
                    if (inQuotes)
                    {
                        throw new EesFormatException(fileName, nextLine, null, "a quoted field is not closed before the end of the file.");
                    }
                    return end; // last record without a line ending
                }
                scan -= Fill();
                continue;
            }
            var offset = buffer.AsSpan(scan, end - scan).IndexOfAny('"', '\n', '\r');
            if (offset < 0)
            {
                scan = end;
                continue;
            }
            var pos = scan + offset;
            var c = buffer[pos];
            if (c == '"')
            {
                // A doubled quote toggles twice, so parity alone tells whether we are inside a quoted field.
                inQuotes = !inQuotes;
                scan = pos + 1;
                continue;
            }
            if (c == '\r' && pos + 1 == end && !endOfInput)
            {
                scan = pos - Fill(); // need the next char to tell CRLF from a lone CR
                continue;
            }
            var crlf = c == '\r' && pos + 1 < end && buffer[pos + 1] == '\n';
            if (!inQuotes)
            {
                terminatorLength = crlf ? 2 : 1;
                return pos;
            }
            innerLines++;
            scan = pos + (crlf ? 2 : 1);
        }
    }

    /// <summary>Reads more input, first moving the unread part to the front (or growing the buffer when it is full).</summary>
    /// <returns>How far the unread part moved towards the front.</returns>
    private int Fill()
    {
        var shift = start;
        if (start > 0)
        {
            Array.Copy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, checked(buffer.Length * 2));
        }
        var read = reader.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfInput = true;
        }
        else
        {
            end += read;
        }
        return shift;
    }

    private void Split(int recordStart, int recordEnd)
    {
        var count = 0;
        var pos = recordStart;
        while (true)
        {
            if (count == fieldStarts.Length)
            {
                Array.Resize(ref fieldStarts, count * 2);
                Array.Resize(ref fieldEnds, count * 2);
            }
            if (pos < recordEnd && buffer[pos] == '"')
            {
                // Unescape in place: the content moves one char left over the opening quote.
                var write = pos;
                var read = pos + 1;
                while (true)
                {
                    var quote = buffer.AsSpan(read, recordEnd - read).IndexOf('"');
                    if (quote < 0)
                    {
                        throw Malformed(count, "a quoted field is not closed.");
                    }
                    buffer.AsSpan(read, quote).CopyTo(buffer.AsSpan(write)); // overlapping copy is safe (memmove)
                    write += quote;
                    read += quote;
                    if (read + 1 < recordEnd && buffer[read + 1] == '"')
                    {
                        buffer[write++] = '"';
                        read += 2;
                        continue;
                    }
                    read++; // past the closing quote
                    break;
                }
                fieldStarts[count] = pos;
                fieldEnds[count] = write;
                count++;
                if (read == recordEnd)
                {
                    break;
                }
                if (buffer[read] != ',')
                {
                    throw Malformed(count - 1, "text follows the closing quote of a quoted field.");
                }
                pos = read + 1;
            }
            else
            {
                var offset = buffer.AsSpan(pos, recordEnd - pos).IndexOfAny(',', '"');
                if (offset >= 0 && buffer[pos + offset] == '"')
                {
                    throw Malformed(count, "a double quote appears inside an unquoted field (quote the field and double the quote).");
                }
                var fieldEnd = offset < 0 ? recordEnd : pos + offset;
                fieldStarts[count] = pos;
                fieldEnds[count] = fieldEnd;
                count++;
                if (offset < 0)
                {
                    break;
                }
                pos = fieldEnd + 1; // a trailing comma leaves pos == recordEnd: one more, empty, field
            }
        }
        FieldCount = count;
    }

    private EesFormatException Malformed(int fieldIndex, string reason) =>
        new(fileName, LineNumber, null, "field " + (fieldIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + reason);
}
