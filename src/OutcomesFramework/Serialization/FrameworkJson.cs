using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;
using N = OutcomesFramework.Serialization.FrameworkJsonNames;

namespace OutcomesFramework.Serialization;

/// <summary>
/// Reads and writes a <see cref="Framework"/> in the strict JSON framework format, version
/// <see cref="FormatVersion"/> (docs/framework-format.md; JSON Schema docs/schemas/framework.schema.json).
/// </summary>
/// <remarks>
/// <para><b>Reading is strict</b>: unknown properties, duplicate keys, wrong types, nulls, missing required
/// properties, unknown enum names, dangling outcome or aim references, negative weights, blank ids, a snapshot
/// date on a non-snapshot period (or none on a snapshot period), an unsupported format version, trailing text and
/// invalid JSON are all errors. Every problem in the document is reported at once, each with its JSON path (for
/// example <c>$.indicators[3].weight</c>) and 1-based line, in one <see cref="FrameworkValidationException"/>.</para>
/// <para><b>Writing is deterministic</b>: two-space indentation, LF line endings and a final LF, properties in
/// the documented order, filters in ordinal order, optional properties that are absent left out, defaults
/// written out, numbers in the shortest round-trip form independent of culture, text unescaped where JSON allows
/// (UTF-8, no BOM). Equal frameworks give identical bytes, and reading the output gives an equal framework.</para>
/// <para>Two things a <see cref="Framework"/> can hold do not survive the round trip: snapshot month and day of an
/// indicator whose period is not a snapshot (the format stores them only for snapshot periods, so they read back
/// as the defaults 30 September), and text that is not well-formed UTF-16 (an unpaired surrogate is written as
/// U+FFFD, the replacement character).</para>
/// </remarks>
public static class FrameworkJson
{
    /// <summary>The format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    // Built once: the encoder cannot be set through the source-generation attribute. Relaxed escaping leaves
    // apostrophes, '<', '&' and non-ASCII letters readable in a data file (it is never embedded in HTML).
    private static readonly FrameworkJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a framework from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8 (a leading byte order mark is allowed).</param>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkValidationException">The text is not a valid framework; every problem is listed with path and line.</exception>
    public static Framework Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a framework from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8 (a leading byte order mark is allowed).</param>
    /// <param name="sourceName">Where the text came from (a file name), used in the error report; or null.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkValidationException">The text is not a valid framework; every problem is listed with path and line.</exception>
    public static Framework Read(ReadOnlySpan<byte> utf8Json, string? sourceName)
    {
        var problems = new ProblemCollector();
        var root = StrictJson.Parse(utf8Json, problems);
        var framework = root is null ? null : FrameworkJsonReader.Bind(root, problems);
        if (framework is null || problems.Count > 0)
        {
            throw new FrameworkValidationException(problems, sourceName);
        }
        return framework;
    }

    /// <summary>Reads a framework from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkValidationException">The text is not a valid framework; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Framework Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a framework from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">Where the text came from (a file name), used in the error report; or null.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkValidationException">The text is not a valid framework; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Framework Read(Stream utf8Json, string? sourceName)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, checked((int)buffer.Length)), sourceName);
    }

    /// <summary>Reads a framework from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name: see <see cref="ReadFile"/>).</param>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkValidationException">The text is not a valid framework; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Framework Read(string json) => Read(json, null);

    /// <summary>Reads a framework from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name: see <see cref="ReadFile"/>).</param>
    /// <param name="sourceName">Where the text came from, used in the error report; or null.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkValidationException">The text is not a valid framework; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Framework Read(string json, string? sourceName) =>
        Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json, nameof(json))), sourceName);

    /// <summary>Reads a framework from a UTF-8 JSON file; the error report names the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="FrameworkValidationException">The file is not a valid framework; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Framework ReadFile(string path) =>
        Read(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Returns the framework as UTF-8 JSON bytes (no byte order mark, final LF).</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static byte[] ToUtf8Bytes(Framework framework)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(ToDocument(Preconditions.CheckNotNull(framework, nameof(framework))), Context.FrameworkDocument);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[json.Length] = (byte)'\n';
        return bytes;
    }

    /// <summary>Returns the framework as JSON text.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The JSON text, ending in LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static string ToJson(Framework framework) => Encoding.UTF8.GetString(ToUtf8Bytes(framework));

    /// <summary>Writes the framework to a stream as UTF-8 JSON (no byte order mark).</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Framework framework, Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var bytes = ToUtf8Bytes(framework);
        utf8Json.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes the framework as JSON text.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="writer">The writer; its encoding, if any, is the caller's choice.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(Framework framework, TextWriter writer)
    {
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.Write(ToJson(framework));
    }

    private static FrameworkDocument ToDocument(Framework framework) => new()
    {
        FormatVersion = FormatVersion,
        Id = framework.Id,
        Name = framework.Name,
        Version = framework.Version,
        Description = framework.Description,
        Outcomes = framework.Outcomes.Select(o => new OutcomeDocument
        {
            Id = o.Id,
            Name = o.Name,
            StatutoryPurpose = o.StatutoryPurpose,
            Aims = o.Aims.Select(a => new AimDocument { Id = a.Id, Text = a.Text, ParentsCarersFamilies = a.IsParentsCarersFamilies, Aliases = a.Aliases }).ToList(),
        }).ToList(),
        Indicators = framework.Indicators.Select(ToDocument).ToList(),
    };

    private static IndicatorDocument ToDocument(Indicator i) => new()
    {
        Id = i.Id,
        Title = i.Title,
        Outcome = i.OutcomeId,
        Aims = i.AimIds,
        Role = N.Roles.NameOf(i.Role),
        Measure = N.Measures.NameOf(i.MeasureKind),
        Polarity = N.Polarities.NameOf(i.Polarity),
        Unit = i.Unit,
        DecimalPlaces = i.DecimalPlaces,
        Period = N.Periods.NameOf(i.PeriodKind),
        Snapshot = i.PeriodKind == PeriodKind.Snapshot ? new SnapshotDocument { Month = i.SnapshotMonth, Day = i.SnapshotDay } : null,
        Multiplier = i.Multiplier,
        QuartileBanding = i.QuartileBanding,
        Weight = i.Weight,
        Description = i.Description,
        Reference = i.Reference,
        Source = i.Source is { } s ? new SourceDocument
        {
            Publication = s.Publication,
            File = s.File,
            Filters = s.Filters,
            ValueColumn = s.ValueColumn,
            NumeratorColumn = s.NumeratorColumn,
            DenominatorColumn = s.DenominatorColumn,
            Denominator = s.DenominatorSource is { } d ? new DenominatorDocument { File = d.File, Filters = d.Filters, Column = d.Column, YearOffset = d.YearOffset } : null,
            Multiplier = s.Multiplier,
        } : null,
    };
}
