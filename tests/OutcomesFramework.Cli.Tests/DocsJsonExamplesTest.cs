using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>
/// Every JSON example in the documentation (docs/, the README and the packages' READMEs, copied beside the tests)
/// names the schema it follows in an HTML comment just before it, <c>&lt;!-- schema: name.schema.json --&gt;</c>,
/// and validates against it: an example cannot drift from the format it documents.
/// </summary>
public sealed class DocsJsonExamplesTest
{
    private static readonly string DocsRoot = Path.Combine(AppContext.BaseDirectory, "Docs");

    private static readonly Regex Fence = new("^```(?<lang>[A-Za-z]*)\\n(?<body>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

    private static readonly Regex Tag = new("<!--\\s*schema:\\s*(?<name>[A-Za-z0-9.-]+)\\s*-->\\s*$");

    /// <summary>One fenced block: its file (relative to the docs root), line, language, text and the schema tag before it.</summary>
    public sealed record Example(string File, int Line, string Language, string Body, string? Schema)
    {
        public override string ToString() => File + ":" + Line;
    }

    public static IReadOnlyList<Example> Examples()
    {
        var list = new List<Example>();
        foreach (var path in Directory.GetFiles(DocsRoot, "*.md", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match m in Fence.Matches(text))
            {
                var before = text.Substring(0, m.Index).TrimEnd();
                var lastLine = before.Substring(before.LastIndexOf('\n') + 1);
                var tag = Tag.Match(lastLine);
                list.Add(new Example(Path.GetRelativePath(DocsRoot, path).Replace('\\', '/'), before.Count(c => c == '\n') + 2,
                    m.Groups["lang"].Value, m.Groups["body"].Value, tag.Success ? tag.Groups["name"].Value : null));
            }
        }
        return list;
    }

    public static TheoryData<string> JsonExamples()
    {
        var data = new TheoryData<string>();
        foreach (var e in Examples().Where(e => e.Language == "json"))
        {
            data.Add(e.ToString());
        }
        return data;
    }

    [Fact]
    public void TheDocsAreCopiedBesideTheTests_WithTheirJsonExamples()
    {
        var files = Directory.GetFiles(DocsRoot, "*.md", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(DocsRoot, p).Replace('\\', '/')).ToList();
        Assert.Contains("README.md", files);
        Assert.Contains("docs/accountability.md", files);
        Assert.Contains("docs/overlay-format.md", files);
        Assert.True(Examples().Count(e => e.Language == "json") >= 4, "the JSON examples of the docs were not found");
    }

    [Theory]
    [MemberData(nameof(JsonExamples))]
    public void JsonExample_NamesItsSchema_AndIsValid(string where)
    {
        var example = Examples().Single(e => e.ToString() == where);
        Assert.True(example.Schema is not null, where + ": a JSON example needs <!-- schema: NAME.schema.json --> on the line before it");
        Assert.Contains(example.Schema, SchemaAssert.Names);
        SchemaAssert.Valid(example.Schema!, example.Body);
    }

    [Fact]
    public void NoJsonHidesInAnUntaggedBlock()
    {
        // A block that starts like JSON but is fenced as plain text (or another language) would escape the check above.
        var hidden = Examples().Where(e => e.Language != "json" && (e.Body.TrimStart().StartsWith('{') || e.Body.TrimStart().StartsWith('[')))
            .Select(e => e.ToString()).ToList();
        Assert.Empty(hidden);
    }
}
