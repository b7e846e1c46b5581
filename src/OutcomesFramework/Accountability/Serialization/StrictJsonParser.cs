using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OutcomesFramework.Frameworks;

namespace OutcomesFramework.Accountability.Serialization;

/// <summary>
/// Reads UTF-8 JSON with <see cref="Utf8JsonReader"/> into <see cref="JsonNode"/>s, strictly: no comments, no trailing
/// commas, and a duplicate property is a problem (the first value is kept). Each node carries its JSON path and line.
/// </summary>
internal static class StrictJsonParser
{
    private const int MaxDepth = 64;

    /// <summary>Parses a document; returns null and adds a problem when the text is not well-formed JSON.</summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8, List<FrameworkProblem> problems)
    {
        // A byte-order mark is legal in a file but not in JSON text.
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                problems.Add(new FrameworkProblem("$", "The text is empty; expected a JSON object.", 1));
                return null;
            }
            var root = ReadValue(ref reader, "$", lineStarts, problems);
            if (reader.Read())
            {
                problems.Add(new FrameworkProblem("$", "Unexpected text after the end of the JSON document.", LineOf(lineStarts, reader.TokenStartIndex)));
                return null;
            }
            return root;
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is long l ? l + 1 : (long?)null;
            var column = e.BytePositionInLine is long c ? " at column " + (c + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
            problems.Add(new FrameworkProblem("$", "The text is not well-formed JSON" + column + ": " + FirstSentence(e.Message), line));
            return null;
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, string path, List<int> lineStarts, List<FrameworkProblem> problems)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode(JsonNodeKind.Object, path, line);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var nameLine = LineOf(lineStarts, reader.TokenStartIndex);
                    reader.Read();
                    var value = ReadValue(ref reader, path + "." + name, lineStarts, problems);
                    if (seen.Add(name))
                    {
                        obj.Properties.Add(new(name, value));
                    }
                    else
                    {
                        problems.Add(new FrameworkProblem(path + "." + name, "Property '" + name + "' appears twice; a property is given once.", nameLine));
                    }
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode(JsonNodeKind.Array, path, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, path + "[" + array.Items.Count.ToString(CultureInfo.InvariantCulture) + "]", lineStarts, problems));
                }
                return array;
            case JsonTokenType.String:
                return new JsonNode(JsonNodeKind.String, path, line) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonNode(JsonNodeKind.Number, path, line) { Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray()) };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonNode(JsonNodeKind.Boolean, path, line) { Text = reader.TokenType == JsonTokenType.True ? "true" : "false" };
            default:
                return new JsonNode(JsonNodeKind.Null, path, line);
        }
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static long LineOf(List<int> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(checked((int)offset));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static string FirstSentence(string message)
    {
        // The reader's message ends with its own "LineNumber: … | BytePositionInLine: …", which the problem already gives.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }
}
