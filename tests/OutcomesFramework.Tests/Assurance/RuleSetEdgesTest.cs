using System;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Argument checks, messages, equality and the small members of <see cref="RuleSet"/>, <see cref="RuleSetChanges"/>, <see cref="RuleSetJson"/> and <see cref="RuleSetValidationException"/>.</summary>
public sealed class RuleSetEdgesTest
{
    private static readonly AssuranceRule A = BenchmarkGapRule.BottomQuartile("a", Severity.Information, IndicatorSelection.All);
    private static readonly AssuranceRule B = DeteriorationRule.ConsecutivePeriods("b", Severity.Advisory, IndicatorSelection.All, 3);
    private static readonly AssuranceRule C = DataQualityRule.Suppressed("c", Severity.Information, IndicatorSelection.All);
    private static readonly RuleSet Set = new("la-rules", "2024.1", new[] { A, B, C }, "Local rules", "The local rules.");

    // ---- RuleSet ----

    [Fact]
    public void Constructor_NullRule_IsAnArgumentExceptionNamingRules()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleSet("s", "1", new[] { A, null! }));
        Assert.Equal("rules", ex.ParamName);
        Assert.Equal("Element 1 is null. (Parameter 'rules')", ex.Message);
    }

    [Fact]
    public void Constructor_TrimsNameAndDescription_AndBlankIsNull()
    {
        var set = new RuleSet("s", " 1 ", Array.Empty<AssuranceRule>(), "  Name ", "  Text  ", " 0 ");
        Assert.Equal(("1", "Name", "Text", "0"), (set.Version, set.Name, set.Description, set.ExtendsVersion));
        var blank = new RuleSet("s", "1", Array.Empty<AssuranceRule>(), "  ", " \t ", " ");
        Assert.Null(blank.Name);
        Assert.Null(blank.Description);
        Assert.Null(blank.ExtendsVersion);
    }

    [Fact]
    public void IndexOf_GivesThePositionOrMinusOne()
    {
        Assert.Equal(0, Set.IndexOf("a"));
        Assert.Equal(2, Set.IndexOf("c"));
        Assert.Equal(-1, Set.IndexOf("nope"));
        Assert.Null(Set.Find("nope"));
    }

    [Fact]
    public void Select_UnknownId_NamesItAndTheParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set.Select(new[] { "a", "nope" }));
        Assert.Equal("ruleIds", ex.ParamName);
        Assert.Equal("Rule 'nope' is not in the rule set. (Parameter 'ruleIds')", ex.Message);
    }

    [Fact]
    public void Without_UnknownId_NamesItAndTheParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set.Without(new[] { "nope" }));
        Assert.Equal("ruleIds", ex.ParamName);
        Assert.Equal("Rule 'nope' is not in the rule set. (Parameter 'ruleIds')", ex.Message);
        var nullId = Assert.Throws<ArgumentException>(() => Set.Without(new string[] { null! }));
        Assert.Equal("ruleIds", nullId.ParamName);
    }

    [Fact]
    public void Without_KeepsNameDescriptionAndExtends()
    {
        var next = Set.Extend("2025.1", new RuleSetChanges());
        var without = next.Without(new[] { "b" });
        Assert.Equal(new[] { "a", "c" }, without.Rules.Select(r => r.Id));
        Assert.Equal(("Local rules", "The local rules.", "2024.1"), (without.Name, without.Description, without.ExtendsVersion));
    }

    [Fact]
    public void OfKinds_KeepsOnlyThoseKinds_InOrder()
    {
        var kept = Set.OfKinds(new[] { RuleKind.DataQuality, RuleKind.BenchmarkGap });
        Assert.Equal(new[] { "a", "c" }, kept.Rules.Select(r => r.Id));
        Assert.Equal(("la-rules", "2024.1", "Local rules"), (kept.Id, kept.Version, kept.Name));
        Assert.Empty(Set.OfKinds(Array.Empty<RuleKind>()).Rules);
        Assert.Equal("kinds", Assert.Throws<ArgumentNullException>(() => Set.OfKinds(null!)).ParamName);
    }

    [Fact]
    public void Extend_NullArguments_AreNamed()
    {
        Assert.Equal("version", Assert.Throws<ArgumentNullException>(() => Set.Extend(null!, new RuleSetChanges())).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => Set.Extend("2025.1", null!)).ParamName);
    }

    [Fact]
    public void Extend_BlankVersion_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set.Extend("  ", new RuleSetChanges()));
        Assert.Equal("version", ex.ParamName);
        Assert.Equal("Value must not be empty or white space. (Parameter 'version')", ex.Message);
    }

    /// <summary>The version is compared after trimming: " 2024.1 " is the same version.</summary>
    [Fact]
    public void Extend_SameVersion_SaysSo()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set.Extend(" 2024.1 ", new RuleSetChanges()));
        Assert.Equal("version", ex.ParamName);
        Assert.Equal("The new version must differ from 2024.1. (Parameter 'version')", ex.Message);
    }

    [Fact]
    public void Extend_BadReferences_HaveExactMessages()
    {
        var changes = new RuleSetChanges(add: new[] { A }, change: new[] { DataQualityRule.Missing("zz", Severity.Information, IndicatorSelection.All) }, remove: new[] { "nope" });
        var ex = Assert.Throws<RuleSetValidationException>(() => Set.Extend("2025.1", changes));
        Assert.Equal(
            new[]
            {
                "Rule 'a' is already in la-rules 2024.1; change it instead.",
                "Rule 'zz' is not in la-rules 2024.1; add it instead.",
                "Rule 'nope' is not in la-rules 2024.1, so it cannot be removed.",
            },
            ex.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Extend_NewNameAndDescription_ReplaceTheOldOnes()
    {
        var renamed = Set.Extend("2025.1", new RuleSetChanges(), "New name", "New text");
        Assert.Equal(("New name", "New text"), (renamed.Name, renamed.Description));
        var kept = Set.Extend("2025.1", new RuleSetChanges());
        Assert.Equal(("Local rules", "The local rules."), (kept.Name, kept.Description));
        var unnamed = new RuleSet("s", "1", Array.Empty<AssuranceRule>()).Extend("2", new RuleSetChanges(), null, "Only text");
        Assert.Equal(((string?)null, "Only text"), (unnamed.Name, unnamed.Description));
    }

    [Fact]
    public void Validate_NullFramework_IsNamed() =>
        Assert.Equal("framework", Assert.Throws<ArgumentNullException>(() => new RuleSet("s", "1", Array.Empty<AssuranceRule>()).Validate(null!)).ParamName);

    [Fact]
    public void Validate_ReportsPathsUnderTheRule()
    {
        var set = new RuleSet("s", "1", new[] { A, BenchmarkGapRule.BottomQuartile("x", Severity.Information, IndicatorSelection.Of("rereferrals", "nope")) });
        var p = Assert.Single(set.Validate(Framework));
        Assert.Equal("$.rules[1].indicators[1]", p.Path);
        Assert.Equal("Unknown indicator 'nope': the framework 'test' has no such indicator.", p.Message);
        Assert.Empty(Set.Validate(Framework));
    }

    /// <summary>Each member of the equality is needed: sets differing in one member only are not equal.</summary>
    [Fact]
    public void Equals_ComparesEveryMember()
    {
        var same = new RuleSet("la-rules", "2024.1", new[] { A, B, C }, "Local rules", "The local rules.");
        Assert.True(Set.Equals(same));
        Assert.True(Set.Equals((object)same));
        Assert.Equal(Set.GetHashCode(), same.GetHashCode());
        Assert.False(Set.Equals(null));
        Assert.False(Set.Equals((object)"la-rules"));
        Assert.False(Set.Equals(new RuleSet("other", "2024.1", new[] { A, B, C }, "Local rules", "The local rules.")));
        Assert.False(Set.Equals(new RuleSet("la-rules", "2024.2", new[] { A, B, C }, "Local rules", "The local rules.")));
        Assert.False(Set.Equals(new RuleSet("la-rules", "2024.1", new[] { A, B, C }, "Other", "The local rules.")));
        Assert.False(Set.Equals(new RuleSet("la-rules", "2024.1", new[] { A, B, C }, "Local rules", "Other.")));
        Assert.False(Set.Equals(new RuleSet("la-rules", "2024.1", new[] { A, B, C }, "Local rules", "The local rules.", "2023.1")));
        Assert.False(Set.Equals(new RuleSet("la-rules", "2024.1", new[] { A, C, B }, "Local rules", "The local rules.")));
        Assert.False(Set.Equals(new RuleSet("la-rules", "2024.1", new[] { A, B }, "Local rules", "The local rules.")));
    }

    [Fact]
    public void ToString_GivesIdVersionAndCount() => Assert.Equal("la-rules 2024.1 (3 rules)", Set.ToString());

    // ---- RuleSetChanges ----

    [Fact]
    public void Changes_NullElements_AreNamed()
    {
        var add = Assert.Throws<ArgumentException>(() => new RuleSetChanges(add: new[] { A, null! }));
        Assert.Equal(("add", "Element 1 is null. (Parameter 'add')"), (add.ParamName, add.Message));
        var change = Assert.Throws<ArgumentException>(() => new RuleSetChanges(change: new AssuranceRule[] { null! }));
        Assert.Equal(("change", "Element 0 is null. (Parameter 'change')"), (change.ParamName, change.Message));
    }

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    public void Changes_AnIdInTwoLists_IsRefused(bool inAdd, bool inChange, bool inRemove)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RuleSetChanges(
            add: inAdd ? new[] { A } : null,
            change: inChange ? new[] { A.WithSeverity(Severity.Concern) } : null,
            remove: inRemove ? new[] { "a" } : null));
        Assert.Equal("add", ex.ParamName);
        Assert.Equal("Rule 'a' appears twice in the changes. (Parameter 'add')", ex.Message);
    }

    [Fact]
    public void Changes_IsEmpty_OnlyWithNothingInAnyList()
    {
        Assert.True(new RuleSetChanges().IsEmpty);
        Assert.False(new RuleSetChanges(add: new[] { A }).IsEmpty);
        Assert.False(new RuleSetChanges(change: new[] { A }).IsEmpty);
        Assert.False(new RuleSetChanges(remove: new[] { "a" }).IsEmpty);
    }

    [Fact]
    public void Changes_Between_NullArguments_AreNamed()
    {
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => RuleSetChanges.Between(null!, Set)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => RuleSetChanges.Between(Set, null!)).ParamName);
    }

    [Fact]
    public void Changes_Equals_ComparesEachList()
    {
        var changes = new RuleSetChanges(new[] { A }, new[] { B }, new[] { "c" });
        var same = new RuleSetChanges(new[] { A }, new[] { B }, new[] { "c" });
        Assert.True(changes.Equals(same));
        Assert.True(changes.Equals((object)same));
        Assert.Equal(changes.GetHashCode(), same.GetHashCode());
        Assert.False(changes.Equals(null));
        Assert.False(changes.Equals((object)"changes"));
        Assert.False(changes.Equals(new RuleSetChanges(new[] { A.WithSeverity(Severity.Concern) }, new[] { B }, new[] { "c" })));
        Assert.False(changes.Equals(new RuleSetChanges(new[] { A }, new[] { B.WithSeverity(Severity.Concern) }, new[] { "c" })));
        Assert.False(changes.Equals(new RuleSetChanges(new[] { A }, new[] { B }, new[] { "d" })));
    }

    // ---- RuleSetJson ----

    [Fact]
    public void Read_Stream_ReadsToTheEnd()
    {
        var json = RuleSetJson.ToJson(Set);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(Set, RuleSetJson.Read(stream, Framework));
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => RuleSetJson.Read((Stream)null!, null, null, null)).ParamName);
    }

    [Fact]
    public void ChangesToJson_ArgumentChecks()
    {
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => RuleSetJson.ChangesToJson(null!, Set)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => RuleSetJson.ChangesToJson(Set, null!)).ParamName);
        var other = Assert.Throws<ArgumentException>(() => RuleSetJson.ChangesToJson(Set, new RuleSet("other", "2025.1", new[] { A })));
        Assert.Equal(("to", "Both versions must be of one rule set (la-rules). (Parameter 'to')"), (other.ParamName, other.Message));
        var same = Assert.Throws<ArgumentException>(() => RuleSetJson.ChangesToJson(Set, new RuleSet("la-rules", "2024.1", new[] { A })));
        Assert.Equal(("to", "The versions must differ (2024.1). (Parameter 'to')"), (same.ParamName, same.Message));
    }

    // ---- RuleSetValidationException ----

    [Fact]
    public void Exception_WithoutArguments_HasOneProblemAtTheRoot()
    {
        var ex = new RuleSetValidationException();
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("$", "The rule set is not valid."), (p.Path, p.Message));
        Assert.Equal("The rule set has 1 problem:\n  $: The rule set is not valid.", ex.Message);
    }

    [Fact]
    public void Exception_WithAMessage_HasItAsTheProblem()
    {
        var ex = new RuleSetValidationException("Broken.");
        var p = Assert.Single(ex.Problems);
        Assert.Equal(("$", "Broken."), (p.Path, p.Message));
        Assert.Equal("The rule set has 1 problem:\n  $: Broken.", ex.Message);
        var withSource = new RuleSetValidationException(new[] { new DocumentProblem("$.id", "Bad.", 3) }, "rules.json");
        Assert.Equal("rules.json has 1 problem:\n  $.id (line 3): Bad.", withSource.Message);
        Assert.Equal("rules.json", withSource.SourceName);
    }
}
