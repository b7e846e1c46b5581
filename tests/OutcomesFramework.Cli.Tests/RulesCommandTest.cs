using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Cli.Commands;
using OutcomesFramework.England;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

public sealed class RulesCommandTest
{
    [Fact]
    public void ShowJson_IsTheDefaultRuleSetAsTheLibraryWritesIt()
    {
        var (code, output, error) = Run("rules", "show", "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(RuleSetJson.ToJson(EnglandData.Default.RuleSet), output);
        // What users save can be read back (and extended) without the source tree.
        Assert.Equal(EnglandData.Default.RuleSet, RuleSetJson.Read(output));
    }

    [Fact]
    public void ShowJson_CanBeExtendedByACouncilsFile()
    {
        var (_, output, _) = Run("rules", "show", "--format", "json");
        var set = RuleSetJson.Read(output);
        var local = """
            { "formatVersion": 1, "id": "ecm-england-assurance", "version": "2026.1", "extends": "2025.1",
              "name": "With our local changes", "remove": [ "stale-figure" ] }
            """;

        var extended = RuleSetJson.Read(local, EnglandData.Default.Framework, set);

        Assert.Equal(set.Rules.Length - 1, extended.Rules.Length);
        Assert.DoesNotContain(extended.Rules, r => r.Id == "stale-figure");
    }

    [Fact]
    public void ShowTable_ListsEveryRuleOnALine()
    {
        var (code, output, _) = Run("rules", "show");

        Assert.Equal(0, code);
        var set = EnglandData.Default.RuleSet;
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(set.Id + " " + set.Version + ": " + set.Rules.Length + " rules", lines[0]);
        Assert.Equal(set.Rules.Select(r => r.Id), lines.Skip(1).Select(l => l.Trim().Split(' ')[0]));
    }

    [Fact]
    public void Show_UnknownFormat_IsAParseError()
    {
        var (code, _, error) = Run("rules", "show", "--format", "xml");

        Assert.NotEqual(0, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test host") { RulesCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
