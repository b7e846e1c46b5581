using System;
using System.Linq;
using OutcomesFramework.Outcomes;
using Xunit;

namespace OutcomesFramework.Tests.Outcomes;

public sealed class OutcomeTest
{
    [Fact]
    public void EveryChildMatters_HasFiveStatutoryOutcomesInOrder()
    {
        Assert.Equal(new[] { "BH", "SS", "EA", "PC", "EW" }, EveryChildMatters.Outcomes.Select(o => o.Id));
        Assert.Equal(new[] { "Be healthy", "Stay safe", "Enjoy and achieve", "Make a positive contribution", "Achieve economic well-being" },
            EveryChildMatters.Outcomes.Select(o => o.Name));
    }

    [Fact]
    public void EveryChildMatters_HasThirtyAims_SixthIsParentsCarersFamilies()
    {
        Assert.Equal(30, EveryChildMatters.Outcomes.Sum(o => o.Aims.Length));
        foreach (var outcome in EveryChildMatters.Outcomes)
        {
            Assert.Equal(6, outcome.Aims.Length);
            Assert.True(outcome.Aims[5].IsParentsCarersFamilies);
            Assert.StartsWith("Parents, carers and families", outcome.Aims[5].Text, StringComparison.Ordinal);
            Assert.All(outcome.Aims.Take(5), a => Assert.False(a.IsParentsCarersFamilies));
            Assert.Equal(Enumerable.Range(1, 6).Select(i => outcome.Id + i), outcome.Aims.Select(a => a.Id));
        }
    }

    [Fact]
    public void EveryChildMatters_AimWording_MatchesHc40AppendixA()
    {
        // HC 40 2004-05 Appendix A (DfES 2004 p9), verbatim; Annex A variants are aliases.
        Assert.Equal("Safe from maltreatment, neglect, violence and sexual exploitation", EveryChildMatters.StaySafe.Aims[0].Text);
        Assert.Equal("Achieve stretching national educational standards at secondary school", EveryChildMatters.EnjoyAndAchieve.Aims[4].Text);
        Assert.Equal("Parents, carers and families promote healthy choices", EveryChildMatters.BeHealthy.Aims[5].Text);
        Assert.Contains("Parents, carers and families promote healthy lifestyles", EveryChildMatters.BeHealthy.Aims[5].Aliases);
        Assert.Equal("(b) protection from harm and neglect", EveryChildMatters.StaySafe.StatutoryPurpose);
    }

    [Theory]
    [InlineData("XX")]   // not one of s.10(2)(a)-(e)
    [InlineData("bh")]   // ids are case-sensitive
    public void Constructor_NonStatutoryId_Throws(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Outcome(id, "Name", "Purpose", new[] { new Aim(id + "1", id, "Aim") }));
        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void Constructor_NoAims_Throws() =>
        Assert.Throws<ArgumentException>(() => new Outcome("BH", "Be healthy", "(a)", Array.Empty<Aim>()));

    [Fact]
    public void Constructor_AimOfAnotherOutcome_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Outcome("BH", "Be healthy", "(a)", new[] { new Aim("SS1", "SS", "Safe") }));
        Assert.Contains("SS1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DuplicateAimIds_Throws() =>
        Assert.Throws<ArgumentException>(() => new Outcome("BH", "Be healthy", "(a)", new[] { new Aim("BH1", "BH", "One"), new Aim("BH1", "BH", "Two") }));

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading")]
    [InlineData("é1")]
    public void Aim_InvalidId_Throws(string id) =>
        Assert.Throws<ArgumentException>(() => new Aim(id, "BH", "Text"));

    [Fact]
    public void Aim_BlankText_Throws() => Assert.Throws<ArgumentException>(() => new Aim("BH1", "BH", "   "));

    [Fact]
    public void WithAims_KeepsIdentity_ChangesAims()
    {
        var reworded = EveryChildMatters.BeHealthy.WithAims(EveryChildMatters.BeHealthy.Aims.Select(a => a.WithText(a.Text + " (local)")));
        Assert.Equal("BH", reworded.Id);
        Assert.NotEqual(EveryChildMatters.BeHealthy, reworded);
        Assert.Equal("Physically healthy (local)", reworded.FindAim("BH1")!.Text);
        Assert.Null(reworded.FindAim("SS1"));
    }
}
