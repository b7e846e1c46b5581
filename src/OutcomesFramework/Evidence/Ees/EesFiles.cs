using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// Ways to hand EES files to <see cref="EesReader.Read(IEnumerable{Indicators.Indicator}, Func{string, TextReader})"/>:
/// each returns a function that opens a file by its name.
/// </summary>
public static class EesFiles
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Opens files from a directory, as UTF-8 (a byte-order mark is skipped).</summary>
    /// <param name="directory">The directory holding the EES CSV files.</param>
    /// <returns>A function from file name to a reader.</returns>
    /// <exception cref="ArgumentException">The directory is blank.</exception>
    /// <remarks>The function throws <see cref="FileNotFoundException"/> for a missing file, and <see cref="ArgumentException"/>
    /// for a name that is not a plain file name (so that a definition cannot reach outside the directory).</remarks>
    public static Func<string, TextReader> FromDirectory(string directory)
    {
        Preconditions.CheckNotBlank(directory, nameof(directory));
        return name =>
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name) && string.Equals(Path.GetFileName(name), name, StringComparison.Ordinal) && name != "..",
                nameof(name), "'{0}' is not a plain file name.", name);
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("EES file '" + name + "' is not in '" + directory + "'.", path);
            }
            return new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        };
    }

    /// <summary>Opens files from streams keyed by file name, as UTF-8. The streams are left open.</summary>
    /// <param name="streams">File name to stream (each is read once, from its current position).</param>
    /// <returns>A function from file name to a reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streams"/> is null.</exception>
    public static Func<string, TextReader> FromStreams(IReadOnlyDictionary<string, Stream> streams)
    {
        Preconditions.CheckNotNull(streams, nameof(streams));
        return name => streams.TryGetValue(name, out var stream)
            ? new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true)
            : throw new FileNotFoundException("No stream was given for EES file '" + name + "'.", name);
    }

    /// <summary>Opens files from text held in memory, keyed by file name.</summary>
    /// <param name="contents">File name to the whole CSV text.</param>
    /// <returns>A function from file name to a reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contents"/> is null.</exception>
    public static Func<string, TextReader> FromText(IReadOnlyDictionary<string, string> contents)
    {
        Preconditions.CheckNotNull(contents, nameof(contents));
        return name => contents.TryGetValue(name, out var text)
            ? new StringReader(text)
            : throw new FileNotFoundException("No text was given for EES file '" + name + "'.", name);
    }
}
