using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Serialization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// Reads and writes <see cref="AccountabilityMap"/>s as JSON (format: docs/accountability.md,
/// schema: docs/schemas/accountability.schema.json).
/// </summary>
/// <remarks>
/// <para>Reading is strict (the library's one JSON kernel) and reports every problem at once (up to a cap) in one
/// <see cref="AccountabilityMapValidationException"/>, each
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

    /// <summary>Reads a map from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The bytes (a UTF-8 byte-order mark is allowed).</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    public static AccountabilityMap Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null, null);

    /// <summary>Reads a map from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The bytes (a UTF-8 byte-order mark is allowed).</param>
    /// <param name="sourceName">Where the text came from (a file name), used in the error report; or null.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    public static AccountabilityMap Read(ReadOnlySpan<byte> utf8Json, string? sourceName) => Read(utf8Json, sourceName, null);

    /// <summary>Reads a map from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The bytes (a UTF-8 byte-order mark is allowed).</param>
    /// <param name="sourceName">Where they came from (a file name) for messages, or null.</param>
    /// <param name="warnings">Receives deprecation warnings (names in the kebab-case of version 0.1), or null to ignore them.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    public static AccountabilityMap Read(ReadOnlySpan<byte> utf8Json, string? sourceName, ICollection<DocumentProblem>? warnings)
    {
        var problems = new ProblemCollector();
        var root = StrictJson.Parse(utf8Json, problems);
        var map = root is null ? null : new AccountabilityMapReader(problems, warnings).Read(root);
        if (problems.Count > 0 || map is null)
        {
            throw new AccountabilityMapValidationException(problems, sourceName);
        }
        return map;
    }

    /// <summary>Reads a map from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name: see <see cref="ReadFile"/>).</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static AccountabilityMap Read(string json) => Read(json, null, null);

    /// <summary>Reads a map from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name: see <see cref="ReadFile"/>).</param>
    /// <param name="sourceName">Where the text came from (a file name), used in the error report; or null.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static AccountabilityMap Read(string json, string? sourceName) => Read(json, sourceName, null);

    /// <summary>Reads a map from JSON text.</summary>
    /// <param name="json">The JSON text (not a file name: see <see cref="ReadFile"/>).</param>
    /// <param name="sourceName">Where it came from (a file name) for messages, or null.</param>
    /// <param name="warnings">Receives deprecation warnings, or null to ignore them.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static AccountabilityMap Read(string json, string? sourceName, ICollection<DocumentProblem>? warnings) =>
        Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json, nameof(json))), sourceName, warnings);

    /// <summary>Reads a map from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static AccountabilityMap Read(Stream utf8Json) => Read(utf8Json, null, null);

    /// <summary>Reads a map from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">Where the text came from (a file name), used in the error report; or null.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static AccountabilityMap Read(Stream utf8Json, string? sourceName) => Read(utf8Json, sourceName, null);

    /// <summary>Reads a map from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">Where it came from (a file name) for messages, or null.</param>
    /// <param name="warnings">Receives deprecation warnings, or null to ignore them.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The text has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static AccountabilityMap Read(Stream utf8Json, string? sourceName, ICollection<DocumentProblem>? warnings)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, checked((int)buffer.Length)), sourceName, warnings);
    }

    /// <summary>Reads a map from a JSON file; the error report names the file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="warnings">Receives deprecation warnings, or null to ignore them.</param>
    /// <returns>The map.</returns>
    /// <exception cref="AccountabilityMapValidationException">The file has problems; all are listed with JSON path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static AccountabilityMap ReadFile(string path, ICollection<DocumentProblem>? warnings = null) =>
        Read(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path, warnings);

    /// <summary>Returns a map as JSON text.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static string ToJson(AccountabilityMap map) =>
        JsonSerializer.Serialize(ToDto(Preconditions.CheckNotNull(map, nameof(map))), WriteContext.MapDto) + "\n";

    /// <summary>Writes a map as UTF-8 JSON (no byte-order mark) to a stream.</summary>
    /// <param name="map">The map.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(AccountabilityMap map, Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var bytes = new UTF8Encoding(false).GetBytes(ToJson(map));
        utf8Json.Write(bytes, 0, bytes.Length);
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
