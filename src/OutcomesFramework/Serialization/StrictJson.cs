using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OutcomesFramework.Serialization;

/// <summary>
/// Parses JSON text into <see cref="StrictJsonNode"/>s that know their JSON path and line, reporting what
/// System.Text.Json alone does not: duplicate property names (all of them, not only the first).
/// </summary>
/// <remarks>
/// <para>Syntax is strict RFC 8259: no comments, no trailing commas, one value with nothing after it but white
/// space; a leading UTF-8 byte order mark is skipped. A syntax error ends parsing (nothing after it can be
/// trusted), so it is reported alone together with any duplicates found before it, and no tree is returned.</para>
/// <para>Lines are computed from byte offsets (<see cref="Utf8JsonReader.TokenStartIndex"/>) by counting line
/// feeds, so CRLF and LF files number alike.</para>
/// </remarks>
internal static class StrictJson
{
    /// <summary>The deepest nesting accepted; definitions need about six levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses UTF-8 JSON text.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="problems">Receives syntax errors, duplicate keys and undecodable strings.</param>
    /// <returns>The root value, or null when the text is not JSON.</returns>
    public static StrictJsonNode? Parse(ReadOnlySpan<byte> utf8, ProblemCollector problems)
    {
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }
        var state = new ParseState(new LineMap(utf8), problems);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        });
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, null, null, state);
            state.At(null, null, -1);
            // Throws on anything after the value but white space (the reader is told the text is complete).
            reader.Read();
            return root;
        }
        catch (JsonException ex)
        {
            problems.Add(state.Path, (ex.LineNumber ?? 0) + 1, SyntaxMessage(ex));
            return null;
        }
    }

    /// <summary>Parses JSON text held in a string.</summary>
    public static StrictJsonNode? Parse(string json, ProblemCollector problems) => Parse(Encoding.UTF8.GetBytes(json), problems);

    /// <summary>Reads the value at the reader's current token as the root (no container), an item (no name) or a property value.</summary>
    private static StrictJsonNode ReadValue(ref Utf8JsonReader reader, StrictJsonNode? container, string? name, ParseState state)
    {
        var line = state.Lines.LineOf(reader.TokenStartIndex);
        string? text = null;
        var decoded = true;
        var kind = reader.TokenType switch
        {
            JsonTokenType.StartObject => JsonValueKind.Object,
            JsonTokenType.StartArray => JsonValueKind.Array,
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };
        if (kind == JsonValueKind.String)
        {
            decoded = TryReadString(ref reader, out text);
        }
        else if (kind == JsonValueKind.Number)
        {
            // Number tokens are plain ASCII (the reader has checked the grammar), so no decoding can fail.
            text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
        }
        var node = container is null ? StrictJsonNode.NewRoot(kind, line, text)
            : name is null ? container.AddItem(kind, line, text)
            : container.NewPropertyValue(name, kind, line, text);
        if (!decoded)
        {
            state.Problems.Add(node, NotUnicode);
        }
        if (kind == JsonValueKind.Object)
        {
            ReadProperties(ref reader, node, state);
        }
        else if (kind == JsonValueKind.Array)
        {
            while (true)
            {
                state.At(node, null, node.Items.Count);
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }
                ReadValue(ref reader, node, null, state);
            }
        }
        return node;
    }

    private static void ReadProperties(ref Utf8JsonReader reader, StrictJsonNode node, ParseState state)
    {
        Dictionary<string, long>? firstLines = null;
        while (true)
        {
            state.At(node, null, -1);
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return;
            }
            var nameLine = state.Lines.LineOf(reader.TokenStartIndex);
            if (!TryReadString(ref reader, out var name))
            {
                state.Problems.Add(JsonPath.Property(node.Path, name), nameLine, NotUnicode);
            }
            state.At(node, name, -1);
            reader.Read();
            var value = ReadValue(ref reader, node, name, state);
            firstLines ??= new Dictionary<string, long>(StringComparer.Ordinal);
            if (firstLines.TryGetValue(name, out var firstLine))
            {
                // The first occurrence is kept so that later problems point at the value an editor sees first.
                state.Problems.Add(value.Path, nameLine, string.Format(CultureInfo.InvariantCulture,
                    "Property '{0}' is given more than once (first on line {1}); give it once.", name, firstLine));
                continue;
            }
            firstLines.Add(name, nameLine);
            node.AddProperty(new StrictJsonProperty(name, nameLine, value));
        }
    }

    private const string NotUnicode = "The text is not valid Unicode (invalid UTF-8 or an unpaired \\u surrogate escape).";

    private static bool TryReadString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 bytes, or a \u escape naming half a surrogate pair: the text cannot become a .NET string.
            // Reading goes on with the raw text (invalid bytes as U+FFFD) so that other problems are still found;
            // the document is refused because the caller records a problem.
            text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
            return false;
        }
    }

    private static string SyntaxMessage(JsonException ex)
    {
        // The reader appends " LineNumber: n | BytePositionInLine: m."; the line is reported separately (1-based).
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message.Substring(0, cut);
        }
        var column = ex.BytePositionInLine is long b ? string.Format(CultureInfo.InvariantCulture, " (byte {0} of the line)", b + 1) : string.Empty;
        return "Not valid JSON: " + message.Trim() + column;
    }

    private sealed class ParseState
    {
        private StrictJsonNode? container;
        private string? name;
        private int index = -1;

        public ParseState(LineMap lines, ProblemCollector problems)
        {
            Lines = lines;
            Problems = problems;
        }

        public LineMap Lines { get; }

        public ProblemCollector Problems { get; }

        /// <summary>Gets the path where a syntax error now would be (built only when one happens).</summary>
        public string Path => container is null ? JsonPath.Root
            : name is not null ? JsonPath.Property(container.Path, name)
            : index >= 0 ? JsonPath.Index(container.Path, index)
            : container.Path;

        /// <summary>Notes where reading is before each read: in a container, at a property name or item index, or (neither) between them.</summary>
        public void At(StrictJsonNode? inContainer, string? propertyName, int itemIndex)
        {
            container = inContainer;
            name = propertyName;
            index = itemIndex;
        }
    }

    /// <summary>Maps byte offsets to 1-based line numbers.</summary>
    private sealed class LineMap
    {
        private readonly List<long> lineFeeds = new();

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    lineFeeds.Add(i);
                }
            }
        }

        public long LineOf(long offset)
        {
            // Number of line feeds before the offset, by binary search.
            int lo = 0, hi = lineFeeds.Count;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (lineFeeds[mid] < offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            return lo + 1;
        }
    }
}
