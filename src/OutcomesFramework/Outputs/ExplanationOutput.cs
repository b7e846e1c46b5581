using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Outputs;

/// <summary>
/// The formats an <see cref="Explanation"/> is written in: <c>table</c> (the indented text of
/// <see cref="Explanation.ToText"/>), <c>json</c> (the tree, docs/schemas/explanation.schema.json) and <c>csv</c> (one
/// row per node, with its depth and path, so that a spreadsheet can filter it).
/// </summary>
public static class ExplanationOutput
{
    /// <summary>The <c>schema</c> value of the JSON form.</summary>
    public const string JsonSchema = "outcomes-explanation/1";

    private static readonly string[] CsvColumns = { "depth", "path", "label", "value", "method", "inputs" };

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the formats.</summary>
    public static OutputFormatRegistry<Explanation> Formats { get; } = new OutputFormatRegistry<Explanation>()
        .With(new OutputFormat<Explanation>("table", "text/plain", "indented text for reading", (e, w) => w.Write(e.ToText())))
        .With(new OutputFormat<Explanation>("json", "application/json", "the explanation tree as JSON (docs/schemas/explanation.schema.json)", WriteJson))
        .With(new OutputFormat<Explanation>("csv", "text/csv", "one row per node: depth, path, label, value, method, inputs", WriteCsv));

    private static void WriteJson(Explanation explanation, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("schema", JsonSchema);
            w.WritePropertyName("explanation");
            WriteNode(w, explanation);
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()) + "\n");
    }

    private static void WriteNode(Utf8JsonWriter w, Explanation node)
    {
        w.WriteStartObject();
        w.WriteString("label", node.Label);
        w.WriteString("value", node.Value);
        if (node.Method is null)
        {
            w.WriteNull("method");
        }
        else
        {
            w.WriteString("method", node.Method);
        }
        w.WriteStartArray("inputs");
        foreach (var input in node.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("name", input.Name);
            w.WriteString("value", input.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("children");
        foreach (var child in node.Children)
        {
            WriteNode(w, child);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCsv(Explanation explanation, TextWriter output)
    {
        var rows = new List<IEnumerable<OutputCell>>();
        Flatten(explanation, 0, "1", rows);
        OutputTable.Formats.Find("csv")!.Write(new OutputTable(null, CsvColumns, rows), output);
    }

    private static void Flatten(Explanation node, int depth, string path, List<IEnumerable<OutputCell>> rows)
    {
        rows.Add(new[]
        {
            OutputCell.OfWhole(depth), OutputCell.OfText(path), OutputCell.OfText(node.Label), OutputCell.OfText(node.Value), OutputCell.OfText(node.Method),
            OutputCell.OfText(node.Inputs.IsEmpty ? null : string.Join("; ", node.Inputs.Select(i => i.Name + ": " + i.Value))),
        });
        for (var i = 0; i < node.Children.Length; i++)
        {
            Flatten(node.Children[i], depth + 1, path + "." + (i + 1).ToString(CultureInfo.InvariantCulture), rows);
        }
    }
}
