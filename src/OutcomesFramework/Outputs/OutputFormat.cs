using System;
using System.IO;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Outputs;

/// <summary>
/// One way of writing a <typeparamref name="T"/>: a short name users type (<c>table</c>, <c>json</c>, <c>csv</c>), the
/// media type a web host would send it with, and the writer.
/// </summary>
/// <typeparam name="T">What the format writes: a scorecard, a league, an explanation, a table of rows, …</typeparam>
/// <threadsafety>This type is immutable and thread-safe when its writer is.</threadsafety>
public sealed class OutputFormat<T>
{
    private readonly Action<T, TextWriter> write;

    /// <summary>Creates a format.</summary>
    /// <param name="name">The name users type, lower case (for example <c>json</c>).</param>
    /// <param name="mediaType">The media type (for example <c>application/json</c>).</param>
    /// <param name="description">What the output is, in a few words, for help texts.</param>
    /// <param name="write">Writes a value; it must be deterministic (same value, same characters) and culture-invariant.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or not lower case.</exception>
    public OutputFormat(string name, string mediaType, string description, Action<T, TextWriter> write)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckArgument(name.Length > 0 && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal), nameof(name), "A format name must be non-empty and lower case.");
        Name = name;
        MediaType = Preconditions.CheckNotNull(mediaType, nameof(mediaType));
        Description = Preconditions.CheckNotNull(description, nameof(description));
        this.write = Preconditions.CheckNotNull(write, nameof(write));
    }

    /// <summary>Gets the name users type, lower case.</summary>
    public string Name { get; }

    /// <summary>Gets the media type.</summary>
    public string MediaType { get; }

    /// <summary>Gets what the output is, in a few words.</summary>
    public string Description { get; }

    /// <summary>Writes <paramref name="value"/> to <paramref name="writer"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">The writer is null.</exception>
    public void Write(T value, TextWriter writer) => write(value, Preconditions.CheckNotNull(writer, nameof(writer)));

    /// <summary>Returns the output as a string.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string ToText(T value)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(value, text);
        return text.ToString();
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
