using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace OutcomesFramework.Docs.Tests;

/// <summary>
/// The C# samples of the docs and the files they come from. A ```csharp block in a doc is preceded by a line
/// <c>&lt;!-- sample: Name --&gt;</c> (invisible when rendered) naming <c>Samples/Name.cs</c>, a test in this project;
/// the block is that file's <c>#region sample</c> regions, each de-indented, joined by an empty line (the first is
/// usually the <c>using</c> directives, the second the statements of the test). What runs is what the doc shows.
/// </summary>
internal static class DocSamples
{
    private const string MarkerStart = "<!-- sample: ";
    private const string MarkerEnd = " -->";
    private const string Fence = "```csharp";

    /// <summary>The docs whose C# is held to the samples: README.md, every page under docs/ and every package README.</summary>
    public static IReadOnlyList<string> DocFiles()
    {
        var root = SourceTree.Root;
        var files = new List<string> { Path.Combine(root, "README.md") };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories));
        files.AddRange(Directory.EnumerateDirectories(Path.Combine(root, "src"))
            .Select(d => Path.Combine(d, "README.md")).Where(File.Exists));
        return files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads the ```csharp blocks of a doc.</summary>
    /// <param name="relativePath">The doc's path from the repository root, '/' separated.</param>
    public static IReadOnlyList<CSharpBlock> Blocks(string relativePath) => Parse(Lines(ReadText(relativePath))).Blocks;

    /// <summary>The text of every block a doc fences as <paramref name="language"/> (e.g. "json"), for samples that read a doc's example.</summary>
    /// <param name="relativePath">The doc's path from the repository root, '/' separated.</param>
    /// <param name="language">The fence's language word.</param>
    public static IReadOnlyList<string> FencedText(string relativePath, string language) =>
        Parse(Lines(ReadText(relativePath)), "```" + language).Blocks.Select(b => b.Code).ToList();

    /// <summary>The text a doc shows for a sample: its <c>#region sample</c> regions, de-indented, joined by an empty line.</summary>
    /// <param name="name">The sample's name (its file is Samples/<paramref name="name"/>.cs).</param>
    /// <returns>The text, or null when there is no such file.</returns>
    public static string? SampleText(string name)
    {
        var path = SamplePath(name);
        if (!File.Exists(path))
        {
            return null;
        }

        var regions = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in Lines(File.ReadAllText(path)))
        {
            var trimmed = line.Trim();
            if (trimmed == "#region sample")
            {
                current = [];
            }
            else if (trimmed.StartsWith("#endregion", StringComparison.Ordinal) && current is not null)
            {
                regions.Add(current);
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return string.Join("\n\n", regions.Select(Dedent));
    }

    /// <summary>The sample files of this project, by name.</summary>
    public static IReadOnlyList<string> SampleNames() =>
        Directory.EnumerateFiles(SourceTree.SamplesDirectory, "*.cs").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>Rewrites every marked block of a doc with its sample's current text (OUTCOMES_UPDATE_DOCS=1).</summary>
    /// <param name="relativePath">The doc's path from the repository root.</param>
    public static void Update(string relativePath)
    {
        var lines = Lines(ReadText(relativePath));
        var parsed = Parse(lines);
        var output = new StringBuilder();
        var i = 0;
        foreach (var block in parsed.Blocks.Where(b => b.Sample is not null && SampleText(b.Sample) is not null))
        {
            // Lines up to and including the fence, then the sample, then the closing fence onwards.
            for (; i < block.FenceLine; i++)
            {
                output.Append(lines[i]).Append('\n');
            }
            output.Append(SampleText(block.Sample!)).Append('\n');
            i = block.ClosingLine - 1;
        }
        for (; i < lines.Count; i++)
        {
            output.Append(lines[i]);
            if (i < lines.Count - 1)
            {
                output.Append('\n');
            }
        }
        File.WriteAllText(Path.Combine(SourceTree.Root, relativePath), output.ToString());
    }

    private static string SamplePath(string name) => Path.Combine(SourceTree.SamplesDirectory, name + ".cs");

    private static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(SourceTree.Root, relativePath));

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();

    private static string Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart(' ')));
    }

    private static (List<CSharpBlock> Blocks, int End) Parse(List<string> lines, string fence = Fence)
    {
        var blocks = new List<CSharpBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() != fence)
            {
                continue;
            }

            var close = i + 1;
            while (close < lines.Count && lines[close].TrimEnd() != "```")
            {
                close++;
            }

            string? sample = null;
            if (i > 0 && lines[i - 1].StartsWith(MarkerStart, StringComparison.Ordinal) && lines[i - 1].TrimEnd().EndsWith(MarkerEnd, StringComparison.Ordinal))
            {
                var marker = lines[i - 1].TrimEnd();
                sample = marker.Substring(MarkerStart.Length, marker.Length - MarkerStart.Length - MarkerEnd.Length).Trim();
            }

            // 1-based line numbers: the fence, and the closing fence.
            blocks.Add(new CSharpBlock(i + 1, close + 1, sample, string.Join("\n", lines.Skip(i + 1).Take(close - i - 1))));
            i = close;
        }
        return (blocks, lines.Count);
    }
}

/// <summary>A ```csharp block of a doc.</summary>
/// <param name="FenceLine">The 1-based line of the opening fence.</param>
/// <param name="ClosingLine">The 1-based line of the closing fence.</param>
/// <param name="Sample">The sample the marker line names, or null when there is none.</param>
/// <param name="Code">The block's text, without the fences.</param>
internal sealed record CSharpBlock(int FenceLine, int ClosingLine, string? Sample, string Code);
