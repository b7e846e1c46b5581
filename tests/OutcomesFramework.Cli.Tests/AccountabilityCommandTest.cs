using System;
using System.CommandLine;
using System.IO;
using OutcomesFramework.Cli.Commands;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

public sealed class AccountabilityCommandTest
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "accountability", name);

    [Fact]
    public void Validate_ValidMap_ExitsZeroAndSaysValid()
    {
        var (code, output, error) = Run("accountability", "validate", Fixture("valid.json"));

        Assert.Equal(0, code);
        Assert.Equal("small-council under custom (Cycles and sight only): 2 roles, 1 line, 0 assignments. Valid: every check passed "
            + "(noReportingCycles, lineOfSightToDemocraticApex).\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Empty(error);
    }

    [Fact]
    public void Validate_FaultyMap_ExitsTwoAndListsEveryDiagnostic()
    {
        var (code, output, _) = Run("accountability", "validate", Fixture("faulty.json"));

        Assert.Equal(2, code);
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("2 problems:", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  ACC004 [a, b]: The 'reports to' lines form a cycle: a -> b -> a.", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  ACC007 [spare]:", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AgainstAnotherRegime_UsesThatRegime()
    {
        // The small council has no Director, Lead Member, LSCB or assignments: the 2004 regime finds them missing.
        var (code, output, _) = Run("accountability", "validate", Fixture("valid.json"), "--regime", "children-act-2004");

        Assert.Equal(2, code);
        Assert.Contains("under children-act-2004", output, StringComparison.Ordinal);
        Assert.Contains("ACC001", output, StringComparison.Ordinal);
        Assert.Contains("ACC002", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FileWithLoadProblems_ExitsTwoWithPathsAndNoStackTrace()
    {
        var (code, output, error) = Run("accountability", "validate", Fixture("unreadable.json"));

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("$.lines[0].from (line 7): Names role 'ghost'", error, StringComparison.Ordinal);
        Assert.Contains("$.lines[0].to (line 7): Names role 'nobody'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KebabCaseOfVersion01_IsValidWithADeprecationWarningPerName()
    {
        var path = Fixture("legacy-kebab-case.json");

        var (code, output, error) = Run("accountability", "validate", path);

        // The same map as valid.json in 0.1's spelling: the same verdict, and each old name told on stderr.
        Assert.Equal(0, code);
        Assert.Equal(Run("accountability", "validate", Fixture("valid.json")).Output, output);
        var warnings = error.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.Equal(4, warnings.Length);
        Assert.All(warnings, w => Assert.StartsWith("outcomes: warning: " + path + ": $.", w, StringComparison.Ordinal));
        Assert.Contains("$.roles[0].kind (line 15): 'full-council' is the kebab-case spelling of version 0.1, which is deprecated; write 'fullCouncil'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoWithAClearMessage()
    {
        var path = Fixture("no-such-file.json");

        var (code, _, error) = Run("accountability", "validate", path);

        Assert.Equal(2, code);
        Assert.Equal("outcomes: The accountability map '" + path + "' does not exist.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Default_ShowsTheChildrenAct2004TreeWithDirectorUnderChiefExecutive()
    {
        var (code, output, _) = Run("accountability", "show");

        Assert.Equal(0, code);
        var text = output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("Default accountability lines under the Children Act 2004 (default-children-act-2004)\nRegime: children-act-2004 - Children Act 2004\n",
            text, StringComparison.Ordinal);
        // full-council is the root; leader reports to it; chief-executive to the leader; dcs to the chief executive.
        Assert.Contains("  full-council  Full council\n  +- leader  Leader of the council\n  |  +- chief-executive  Chief Executive\n", text, StringComparison.Ordinal);
        Assert.Contains("+- dcs  Director of Children's Services\n", text, StringComparison.Ordinal);
        Assert.Contains("  lead-member holds to account dcs", text, StringComparison.Ordinal);
        Assert.Contains("  outcome:SS Stay safe\n      A dcs | R dcs | C lscb-chair | I lead-member, chief-executive\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cswa-2017", "safeguarding-partner-police")]
    [InlineData("solace-2014", "director-of-learning")]
    public void Show_Regime_ShowsThatRegimesMap(string regime, string roleId)
    {
        var (code, output, _) = Run("accountability", "show", "--regime", regime);

        Assert.Equal(0, code);
        Assert.Contains("Regime: " + regime + " - ", output, StringComparison.Ordinal);
        Assert.Contains("  " + roleId + " ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownRegime_IsAParseError()
    {
        var (code, _, error) = Run("accountability", "show", "--regime", "nonsense");

        Assert.NotEqual(0, code);
        Assert.Contains("nonsense", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Program_Run_HasTheAccountabilityCommand()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = Program.Run(new[] { "accountability", "validate", Fixture("faulty.json") }, output, error);

        Assert.Equal(2, code);
        Assert.Contains("ACC004", output.ToString(), StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test host") { AccountabilityCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
