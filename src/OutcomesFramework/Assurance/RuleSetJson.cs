using System;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Serialization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Reads and writes rule sets in the strict rule-set JSON format, version <see cref="FormatVersion"/>
/// (docs/assurance.md; JSON Schema docs/schemas/ruleset.schema.json).
/// </summary>
/// <remarks>
/// <para><b>Reading is strict</b>: unknown properties, unknown rule kinds, wrong types, nulls, duplicate keys,
/// missing required properties and properties that do not apply to a rule's kind or check, values the rule types
/// refuse, indicators the framework lacks (when a framework is given), basket signals naming rules that do not
/// exist, and — in a rule set that <c>extends</c> another — adding a rule that exists or changing or removing one
/// that does not, are all errors. Every problem is reported at once, each with its JSON path and 1-based line, in
/// one <see cref="RuleSetValidationException"/>. Rules are data: a rule file names a kind from a closed list and
/// never runs code.</para>
/// <para><b>Writing is deterministic</b>: equal rule sets give identical bytes, and reading the output gives an
/// equal rule set (a set made by <see cref="RuleSet.Extend"/> is written whole, without its <c>extends</c>; write
/// the difference with <see cref="ChangesToJson"/>).</para>
/// </remarks>
public static class RuleSetJson
{
    /// <summary>The format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads a rule set from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a leading byte order mark is allowed).</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    public static RuleSet Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null, null, null);

    /// <summary>Reads a rule set from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a leading byte order mark is allowed).</param>
    /// <param name="framework">The framework whose indicators the rules name, to check them against; or null not to check.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    public static RuleSet Read(ReadOnlySpan<byte> utf8Json, Framework? framework) => Read(utf8Json, framework, null, null);

    /// <summary>Reads a rule set from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a leading byte order mark is allowed).</param>
    /// <param name="framework">The framework whose indicators the rules name, to check them against; or null not to check.</param>
    /// <param name="baseSet">The rule set an <c>extends</c> document builds on, or null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    public static RuleSet Read(ReadOnlySpan<byte> utf8Json, Framework? framework, RuleSet? baseSet) => Read(utf8Json, framework, baseSet, null);

    /// <summary>Reads a rule set from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 (a leading byte order mark is allowed).</param>
    /// <param name="framework">The framework whose indicators the rules name, to check them against; or null not to check.</param>
    /// <param name="baseSet">The rule set a document with <c>extends</c> builds on (same id, the version it names); or null.</param>
    /// <param name="sourceName">Where the text came from, for the error report; or null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    public static RuleSet Read(ReadOnlySpan<byte> utf8Json, Framework? framework, RuleSet? baseSet, string? sourceName)
    {
        var problems = new ProblemCollector();
        var root = StrictJson.Parse(utf8Json, problems);
        var set = root is null ? null : RuleSetJsonReader.Bind(root, problems, framework, baseSet);
        if (set is null || problems.Count > 0)
        {
            if (problems.Count == 0)
            {
                problems.Add(new DocumentProblem("$", "The document is not a rule set."));
            }
            throw new RuleSetValidationException(problems, sourceName);
        }
        return set;
    }

    /// <summary>Reads a rule set from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RuleSet Read(string json) => Read(json, null, null, null);

    /// <summary>Reads a rule set from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="framework">The framework whose indicators the rules name, to check them against; or null not to check.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RuleSet Read(string json, Framework? framework) => Read(json, framework, null, null);

    /// <summary>Reads a rule set from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="framework">The framework whose indicators the rules name, to check them against; or null not to check.</param>
    /// <param name="baseSet">The rule set an <c>extends</c> document builds on, or null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RuleSet Read(string json, Framework? framework, RuleSet? baseSet) => Read(json, framework, baseSet, null);

    /// <summary>Reads a rule set from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="framework">The framework to check indicator ids against, or null.</param>
    /// <param name="baseSet">The rule set a document with <c>extends</c> builds on, or null.</param>
    /// <param name="sourceName">Where the text came from, or null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RuleSet Read(string json, Framework? framework, RuleSet? baseSet, string? sourceName) =>
        Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json, nameof(json))), framework, baseSet, sourceName);

    /// <summary>Reads a rule set from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RuleSet Read(Stream utf8Json) => Read(utf8Json, null, null, null);

    /// <summary>Reads a rule set from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="framework">The framework whose indicators the rules name, to check them against; or null not to check.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RuleSet Read(Stream utf8Json, Framework? framework) => Read(utf8Json, framework, null, null);

    /// <summary>Reads a rule set from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="framework">The framework whose indicators the rules name, to check them against; or null not to check.</param>
    /// <param name="baseSet">The rule set an <c>extends</c> document builds on, or null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RuleSet Read(Stream utf8Json, Framework? framework, RuleSet? baseSet) => Read(utf8Json, framework, baseSet, null);

    /// <summary>Reads a rule set from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="framework">The framework to check indicator ids against, or null.</param>
    /// <param name="baseSet">The rule set a document with <c>extends</c> builds on, or null.</param>
    /// <param name="sourceName">Where the text came from, or null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The document is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RuleSet Read(Stream utf8Json, Framework? framework, RuleSet? baseSet, string? sourceName)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), framework, baseSet, sourceName);
    }

    /// <summary>Reads a rule set from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework to check indicator ids against, or null.</param>
    /// <param name="baseSet">The rule set a document with <c>extends</c> builds on, or null.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetValidationException">The file is not a valid rule set; every problem is listed with path and line.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleSet ReadFile(string path, Framework? framework = null, RuleSet? baseSet = null) =>
        Read(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), framework, baseSet, Path.GetFileName(path));

    /// <summary>Writes a rule set, whole, as UTF-8 JSON bytes (no byte order mark).</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static byte[] ToUtf8Bytes(RuleSet ruleSet) => RuleSetJsonWriter.Write(Preconditions.CheckNotNull(ruleSet, nameof(ruleSet)));

    /// <summary>Writes a rule set, whole, as a JSON string.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static string ToJson(RuleSet ruleSet) => Encoding.UTF8.GetString(ToUtf8Bytes(ruleSet));

    /// <summary>
    /// Writes the document that turns <paramref name="from"/> into <paramref name="to"/>: <c>extends</c> with the
    /// rules added, changed and removed (<see cref="RuleSetChanges.Between"/>). Reading it with <paramref name="from"/>
    /// as the base gives <paramref name="to"/> when <paramref name="to"/> keeps <paramref name="from"/>'s order with
    /// new rules at the end, as <see cref="RuleSet.Extend"/> makes it.
    /// </summary>
    /// <param name="from">The earlier version.</param>
    /// <param name="to">The later version (same id, another version).</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentException">The ids differ or the versions are the same.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ChangesToJson(RuleSet from, RuleSet to)
    {
        Preconditions.CheckNotNull(from, nameof(from));
        Preconditions.CheckNotNull(to, nameof(to));
        Preconditions.CheckArgument(string.Equals(from.Id, to.Id, StringComparison.Ordinal), nameof(to), "Both versions must be of one rule set ({0}).", from.Id);
        Preconditions.CheckArgument(!string.Equals(from.Version, to.Version, StringComparison.Ordinal), nameof(to), "The versions must differ ({0}).", from.Version);
        return Encoding.UTF8.GetString(RuleSetJsonWriter.WriteChanges(from, to, RuleSetChanges.Between(from, to)));
    }
}
