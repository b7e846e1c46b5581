using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability.Serialization;

/// <summary>
/// Reads and writes <see cref="AccountabilityMap"/>s as JSON (format: docs/accountability.md,
/// schema: docs/schemas/accountability.schema.json).
/// </summary>
/// <remarks>
/// <para>Reading is strict and reports every problem at once in one <see cref="FrameworkValidationException"/>, each
/// with its JSON path and line: malformed JSON, a property given twice, an unknown property, a value of the wrong type,
/// a missing required property, an unknown kind or check name, a bad id, and a line or assignment naming a role the
/// map does not define. A root <c>$schema</c> property is allowed and ignored.</para>
/// <para>Writing is deterministic: properties in a fixed order, collections in map order, two-space indentation,
/// '\n' line ends and a final newline, whatever the platform or culture. Reading what was written gives an equal map.</para>
/// </remarks>
public static class AccountabilityMapJson
{
    private static readonly AccountabilityJsonContext WriteContext = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        // The files are read by people and never embedded in HTML, so apostrophes and accents stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a map from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">Where it came from (a file name) for messages, or null.</param>
    /// <returns>The map.</returns>
    /// <exception cref="FrameworkValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static AccountabilityMap Parse(string json, string? sourceName = null) =>
        Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json, nameof(json))), sourceName);

    /// <summary>Reads a map from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <param name="sourceName">Where it came from (a file name) for messages, or null.</param>
    /// <returns>The map.</returns>
    /// <exception cref="FrameworkValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static AccountabilityMap Load(Stream stream, string? sourceName = null)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), sourceName);
    }

    /// <summary>Reads a map from a JSON file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The map.</returns>
    /// <exception cref="FrameworkValidationException">The file has problems; all are listed with JSON path and line, and the exception names the file.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static AccountabilityMap LoadFile(string path) =>
        Read(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Reads a map from UTF-8 JSON bytes.</summary>
    /// <param name="utf8">The bytes (a UTF-8 byte-order mark is allowed).</param>
    /// <param name="sourceName">Where they came from (a file name) for messages, or null.</param>
    /// <returns>The map.</returns>
    /// <exception cref="FrameworkValidationException">The text has problems; all are listed with JSON path and line.</exception>
    public static AccountabilityMap Read(ReadOnlySpan<byte> utf8, string? sourceName = null)
    {
        var problems = new List<FrameworkProblem>();
        var root = StrictJsonParser.Parse(utf8, problems);
        AccountabilityMap? map = null;
        if (root is not null)
        {
            map = new MapReader(problems).Read(root);
        }
        if (problems.Count > 0 || map is null)
        {
            throw new FrameworkValidationException(problems.OrderBy(p => p.Line ?? long.MaxValue), sourceName);
        }
        return map;
    }

    /// <summary>Writes a map as JSON text.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static string Serialize(AccountabilityMap map) =>
        JsonSerializer.Serialize(ToDto(Preconditions.CheckNotNull(map, nameof(map))), WriteContext.MapDto) + "\n";

    /// <summary>Writes a map as UTF-8 JSON (no byte-order mark) to a stream.</summary>
    /// <param name="map">The map.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Serialize(AccountabilityMap map, Stream stream)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        var bytes = new UTF8Encoding(false).GetBytes(Serialize(map));
        stream.Write(bytes, 0, bytes.Length);
    }

    private static MapDto ToDto(AccountabilityMap map) => new()
    {
        Id = map.Id,
        Name = map.Name,
        Description = map.Description,
        Regime = new RegimeDto
        {
            Id = map.Regime.Id,
            Name = map.Regime.IsCustom ? map.Regime.Name : null,
            Checks = map.Regime.IsCustom ? map.Regime.Checks.Select(AccountabilityNames.ToName).ToList() : null,
        },
        Roles = map.Roles.Select(r => new RoleDto
        {
            Id = r.Id,
            Kind = AccountabilityNames.ToName(r.Kind),
            Name = r.Name,
            // The standard basis is implied by the kind (reading fills it in), so files carry only a council's own wording.
            StatutoryBasis = r.IsStatutory && string.Equals(r.StatutoryBasis, StatutoryRoles.BasisOf(r.Kind), StringComparison.Ordinal) ? null : r.StatutoryBasis,
            Description = r.Description,
        }).ToList(),
        Lines = map.Lines.Select(l => new LineDto { From = l.FromRoleId, Kind = AccountabilityNames.ToName(l.Kind), To = l.ToRoleId, Note = l.Note }).ToList(),
        Assignments = map.Assignments.Select(a => new AssignmentDto
        {
            For = a.Target.ToString(),
            Accountable = a.AccountableRoleId,
            Responsible = a.ResponsibleRoleIds.IsEmpty ? null : a.ResponsibleRoleIds.ToList(),
            Consulted = a.ConsultedRoleIds.IsEmpty ? null : a.ConsultedRoleIds.ToList(),
            Informed = a.InformedRoleIds.IsEmpty ? null : a.InformedRoleIds.ToList(),
        }).ToList(),
    };
}
