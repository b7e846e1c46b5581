using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace OutcomesFramework.Architecture.Tests;

/// <summary>
/// Holds every source file of the packages (src/) to one top-level type: a reader finds a type by its file name. Nested
/// types belong to their type; the parts of a partial type (a source-generated JSON context and its declaration)
/// count as one.
/// </summary>
public sealed class OneTypePerFileTest
{
    [Fact]
    public void EverySourceFileHoldsOneTopLevelType()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(src, f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, "Too few source files found under " + src + ": the test must run from the source tree.");
        var offenders = files
            .Select(f => (File: Path.GetRelativePath(src, f).Replace('\\', '/'), Types: TopLevelTypes(File.ReadAllText(f))))
            .Where(x => x.Types.Count > 1)
            .Select(x => x.File + ": " + string.Join(", ", x.Types))
            .ToList();
        Assert.True(offenders.Count == 0, "Files with more than one top-level type (split them, one type per file):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TopLevelTypes_CountsTypesOfTheFileNotNestedOnesAndPartialsOnce()
    {
        const string Source = """
            namespace A;
            /// <summary>Doc.</summary>
            public enum Grade { Good }
            public static class Grades { private sealed class Nested { } }
            internal sealed partial class Context { }
            internal sealed partial class Context { }
            internal delegate int Handler(string s);
            """;
        Assert.Equal(["Grade", "Grades", "Context", "Handler"], TopLevelTypes(Source));
        Assert.Equal(["Outer"], TopLevelTypes("namespace B { namespace C { public record Outer(int X) { public struct In { } } } }"));
        Assert.Empty(TopLevelTypes("[assembly: System.CLSCompliant(false)]"));
    }

    /// <summary>The distinct names of the types declared at the top of a file (in any namespace, not nested), in order.</summary>
    internal static IReadOnlyList<string> TopLevelTypes(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();
        var names = new List<string>();
        Collect(root.Members, names);
        return names;
    }

    private static void Collect(SyntaxList<MemberDeclarationSyntax> members, List<string> names)
    {
        foreach (var member in members)
        {
            var name = member switch
            {
                BaseNamespaceDeclarationSyntax ns => Recurse(ns.Members, names),
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax d => d.Identifier.ValueText,
                _ => null,
            };
            if (name is not null && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }
    }

    private static string? Recurse(SyntaxList<MemberDeclarationSyntax> members, List<string> names)
    {
        Collect(members, names);
        return null;
    }

    private static bool IsBuildOutput(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("obj", StringComparer.Ordinal) || parts.Contains("bin", StringComparer.Ordinal);
    }

    /// <summary>The directory above the test's output that holds OutcomesFramework.sln (the tests run from the source tree).</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutcomesFramework.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("OutcomesFramework.sln not found above " + AppContext.BaseDirectory + ": the architecture tests run from the source tree.");
    }
}
