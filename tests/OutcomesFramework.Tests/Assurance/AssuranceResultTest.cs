using System;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Counts, level, text and the worst-first order of <see cref="AssuranceResult"/>.</summary>
public sealed class AssuranceResultTest
{
    private static Finding F(Area area, Severity severity, int n) =>
        new("r" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), RuleKind.Threshold, "set", "1", severity, area.Code, area.Name, "m");

    /// <summary>A result for <paramref name="area"/> with findings of the given severities.</summary>
    private static AssuranceResult Result(Area area, params Severity[] severities) =>
        new(area, 2025, AsOf, "set", "1", severities.Select((s, i) => F(area, s, i)).ToImmutableArray());

    [Fact]
    public void Counts_LevelAndRaisedBy()
    {
        var r = Result(Hartlepool, Severity.Advisory, Severity.Concern, Severity.Information, Severity.Advisory, Severity.Concern);
        Assert.Equal(1, r.Count(Severity.Information));
        Assert.Equal(2, r.Count(Severity.Advisory));
        Assert.Equal(2, r.Count(Severity.Concern));
        Assert.Equal(0, r.Count(Severity.Serious));
        Assert.Equal(EarlyWarningLevel.Concern, r.Level);
        Assert.Equal(new[] { "r1", "r4" }, r.RaisedBy.Select(f => f.RuleId).ToArray());
        Assert.Equal("Hartlepool: concern (5 findings)", r.ToString());
    }

    [Fact]
    public void NoFindings_LevelNone()
    {
        var r = Result(Hartlepool);
        Assert.Equal(EarlyWarningLevel.None, r.Level);
        Assert.Empty(r.RaisedBy);
        Assert.Equal("Hartlepool: none (0 findings)", r.ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Count_UndefinedSeverity_Throws(int severity)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Result(Hartlepool, Severity.Serious).Count((Severity)severity));
        Assert.Equal("severity", ex.ParamName);
        Assert.StartsWith("Unknown severity.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorstFirst_Nulls()
    {
        var c = AssuranceResult.WorstFirst;
        var r = Result(Hartlepool);
        Assert.Equal(0, c.Compare(null, null));
        Assert.Equal(0, c.Compare(r, r));
        Assert.Equal(1, c.Compare(null, r)); // nulls last
        Assert.Equal(-1, c.Compare(r, null));
    }

    /// <summary>Each criterion decides on its own, before the later ones (which are made to disagree).</summary>
    [Fact]
    public void WorstFirst_EachCriterionInTurn()
    {
        var c = AssuranceResult.WorstFirst;
        var zed = new Area("E06000098", "Zed", AreaLevel.LocalAuthority, "998", "E12000001");
        var abe = new Area("E06000097", "Abe", AreaLevel.LocalAuthority, "997", "E12000001");

        // Level: one serious beats two advisory (more findings raising the level, and more advisory ones, in the other).
        Assert.True(c.Compare(Result(zed, Severity.Serious), Result(abe, Severity.Advisory, Severity.Advisory)) < 0);

        // Counts below the level: same level (concern, raised by one), 3 advisory beats 1 although the name says otherwise.
        Assert.True(c.Compare(Result(zed, Severity.Concern, Severity.Advisory, Severity.Advisory, Severity.Advisory), Result(abe, Severity.Concern, Severity.Advisory)) < 0);
        Assert.True(c.Compare(Result(abe, Severity.Concern, Severity.Advisory), Result(zed, Severity.Concern, Severity.Advisory, Severity.Advisory, Severity.Advisory)) > 0);

        // Advisory count decides before information count, which would say otherwise.
        Assert.True(c.Compare(Result(zed, Severity.Concern, Severity.Advisory, Severity.Advisory), Result(abe, Severity.Concern, Severity.Advisory, Severity.Information, Severity.Information)) < 0);

        // Information findings count too (level none for both).
        Assert.True(c.Compare(Result(zed, Severity.Information, Severity.Information), Result(abe, Severity.Information)) < 0);

        // Then the name, then the code.
        Assert.True(c.Compare(Result(abe, Severity.Advisory), Result(zed, Severity.Advisory)) < 0);
        var hartlepool2 = new Area("E06000099", "Hartlepool", AreaLevel.LocalAuthority, "999", "E12000001");
        Assert.True(c.Compare(Result(Hartlepool, Severity.Advisory), Result(hartlepool2, Severity.Advisory)) < 0); // E06000001 < E06000099
        Assert.True(c.Compare(Result(hartlepool2, Severity.Advisory), Result(Hartlepool, Severity.Advisory)) > 0);
        Assert.Equal(0, c.Compare(Result(Hartlepool, Severity.Advisory), Result(Hartlepool, Severity.Advisory)));
    }
}
