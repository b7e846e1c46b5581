using System;
using System.IO;
using System.Text;

namespace OutcomesFramework.Returns;

/// <summary>
/// Gives back the characters read from the start of an input, then the rest of it. The XML readers look at an input's
/// first characters to tell a blank file (nothing, or nothing but white space) from XML, and then hand the parser the
/// very text it would have had, so its line numbers stay the file's.
/// </summary>
internal sealed class LeadingTextReader : TextReader
{
    private readonly string lead;
    private readonly TextReader rest;
    private int at;

    private LeadingTextReader(string lead, TextReader rest)
    {
        this.lead = lead;
        this.rest = rest;
    }

    /// <summary>
    /// Reads the input up to its first character that is not white space. Returns true, with nothing left to parse,
    /// when there is none (an empty or blank file); else false, with <paramref name="whole"/> reading the whole input
    /// from its start. <see cref="TextReader.Read()"/> is used, not Peek: a stream reader's Peek may answer "no more"
    /// after a short read of a stream that has more.
    /// </summary>
    public static bool IsBlank(TextReader text, out TextReader whole)
    {
        var read = new StringBuilder();
        while (true)
        {
            var c = text.Read();
            if (c < 0)
            {
                whole = text;
                return true;
            }
            read.Append((char)c);
            if (!char.IsWhiteSpace((char)c))
            {
                break;
            }
        }
        whole = new LeadingTextReader(read.ToString(), text);
        return false;
    }

    /// <inheritdoc/>
    public override int Peek() => at < lead.Length ? lead[at] : rest.Peek();

    /// <inheritdoc/>
    public override int Read() => at < lead.Length ? lead[at++] : rest.Read();

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        if (buffer is null)
        {
            throw new ArgumentNullException(nameof(buffer));
        }
        if (at >= lead.Length)
        {
            return rest.Read(buffer, index, count);
        }
        // The lead alone this time: a short read is allowed, and the parser asks again.
        var n = Math.Min(count, lead.Length - at);
        lead.CopyTo(at, buffer, index, n);
        at += n;
        return n;
    }
}
