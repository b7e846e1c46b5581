using System;
using System.IO;
using System.Reflection;
using System.Text;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Internal;

/// <summary>Reads the files embedded in this assembly. Resource names are the bare file names (see the csproj).</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    public static Stream Open(string fileName) =>
        Assembly.GetManifestResourceStream(fileName)
        ?? throw new InvalidOperationException("The package is missing its embedded file '" + fileName + "'; it was built incorrectly.");

    public static string ReadText(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads an embedded CSV file through the core's CSV reader (a UTF-8 byte-order mark is skipped).</summary>
    public static CsvRecordTable ReadCsv(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return CsvRecordTable.Read(fileName, reader);
    }

    /// <summary>
    /// Decodes an embedded file in place: the resources of an assembly loaded from disk are part of its mapped image, so
    /// the decoder reads the bytes where they lie instead of copying 3 MB into a new array first (which costs a cold
    /// start as much as a third of the decode). A host that loads the assembly from bytes gets a copy.
    /// </summary>
    public static unsafe T Decode<T>(string fileName, SpanDecoder<T> decode)
    {
        using var stream = Open(fileName);
        if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
        {
            // The image stays mapped as long as the assembly is loaded, which outlives this call.
            return decode(new ReadOnlySpan<byte>(mapped.PositionPointer, (int)mapped.Length));
        }
        return decode(ReadAll(stream, fileName));
    }

    public static byte[] ReadBytes(string fileName)
    {
        using var stream = Open(fileName);
        return ReadAll(stream, fileName);
    }

    private static byte[] ReadAll(Stream stream, string fileName)
    {
        var bytes = new byte[stream.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = stream.Read(bytes, read, bytes.Length - read);
            if (n == 0)
            {
                throw new EndOfStreamException("The embedded file '" + fileName + "' ended early.");
            }
            read += n;
        }
        return bytes;
    }
}
