using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;

namespace OutcomesFramework.Reports.Markup;

/// <summary>
/// Writes markup into a reused <see cref="StringBuilder"/>: the dense parts of a report (chart drawings, explanation
/// trees) that would otherwise cost a render-tree frame per element and attribute.
/// </summary>
/// <remarks>
/// Text and attribute values are encoded with <see cref="HtmlEncoder.Default"/>, the encoder the Razor renderer uses
/// for the rest of the page, so a value reads the same (byte for byte) wherever it is written. Numbers go through
/// <see cref="Model.Format"/>'s rules (invariant culture, half away from zero), so the output is culture-proof.
/// </remarks>
internal sealed class HtmlWriter : IDisposable
{
    // One builder per thread, kept between reports: a council's charts and explanations need a few hundred kilobytes.
    [ThreadStatic]
    private static StringBuilder? cached;

    private readonly StringBuilder builder;
    private readonly StringWriter writer;

    private HtmlWriter(StringBuilder builder)
    {
        this.builder = builder;
        writer = new StringWriter(builder, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes with <paramref name="write"/> and returns the markup.</summary>
    public static string Write<T>(T state, Action<HtmlWriter, T> write)
    {
        var builder = cached ?? new StringBuilder(16 * 1024);
        cached = null;
        builder.Clear();
        try
        {
            using (var writer = new HtmlWriter(builder))
            {
                write(writer, state);
            }
            return builder.ToString();
        }
        finally
        {
            // Keep moderate builders only: one that grew for an unusually large chart is left to the collector.
            if (builder.Capacity <= 1024 * 1024)
            {
                cached = builder;
            }
        }
    }

    /// <summary>Releases the text writer over the builder (the builder itself is kept for the next report).</summary>
    public void Dispose() => writer.Dispose();

    /// <summary>Writes trusted markup as it is (element names, fixed attributes, numbers already formatted).</summary>
    public HtmlWriter Raw(string markup)
    {
        builder.Append(markup);
        return this;
    }

    /// <summary>Writes text, encoded.</summary>
    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            HtmlEncoder.Default.Encode(writer, text);
        }
        return this;
    }

    /// <summary>Writes <c> name="value"</c> with the value encoded.</summary>
    public HtmlWriter Attribute(string name, string value)
    {
        builder.Append(' ').Append(name).Append("=\"");
        HtmlEncoder.Default.Encode(writer, value);
        builder.Append('"');
        return this;
    }

    /// <summary>Writes <c> name="coordinate"</c> (see <see cref="Coordinate(double)"/>).</summary>
    public HtmlWriter Attribute(string name, double coordinate)
    {
        builder.Append(' ').Append(name).Append("=\"");
        Coordinate(coordinate);
        builder.Append('"');
        return this;
    }

    /// <summary>
    /// Writes an SVG coordinate: rounded half away from zero to one decimal place (finer than a pixel), without a
    /// trailing ".0" and never as "-0", in the invariant culture and without allocating.
    /// </summary>
    public HtmlWriter Coordinate(double value)
    {
        Span<char> buffer = stackalloc char[Coordinates.MaxLength];
        if (Coordinates.TryFormat(value, buffer, out var written))
        {
            builder.Append(buffer.Slice(0, written));
        }
        else
        {
            builder.Append(Coordinates.Format(value));
        }
        return this;
    }

    /// <summary>Writes a point list: <c>x,y x,y …</c>.</summary>
    public HtmlWriter Points(System.Collections.Generic.IReadOnlyList<(double X, double Y)> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }
            Coordinate(points[i].X);
            builder.Append(',');
            Coordinate(points[i].Y);
        }
        return this;
    }
}
