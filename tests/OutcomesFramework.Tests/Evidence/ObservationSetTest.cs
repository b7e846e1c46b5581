using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Evidence;

public sealed class ObservationSetTest
{
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.YearEnding31March(2024);
    private static readonly ReportingPeriod Y2025 = ReportingPeriod.YearEnding31March(2025);

    private static ObservationSet Sample() => ObservationSet.Create(new[]
    {
        new Observation("cla-rate", "E09000013", Y2025, 55, 220, 40000),
        new Observation("cla-rate", "E09000013", Y2024, 60),
        new Observation("cla-rate", "E06000023", Y2025, 80),
        Observation.Missing("cla-rate", "E08000038", Y2025, ObservationStatus.Suppressed),
        new Observation("re-referrals", "E09000013", Y2025, 22.6),
    });

    [Fact]
    public void TryGet_KnownKey_ReturnsObservation()
    {
        var set = Sample();
        Assert.True(set.TryGet("cla-rate", "E09000013", Y2025, out var o));
        Assert.Equal(55, o.Value);
        Assert.Equal(220, o.Numerator);
        Assert.Equal(40000, o.Denominator);
        Assert.False(set.TryGet("cla-rate", "E09000013", ReportingPeriod.YearEnding31March(2023), out _));
        Assert.Null(set.Find("nope", "E09000013", Y2025));
    }

    [Fact]
    public void Suppressed_IsKeptWithStatus_NeverZero()
    {
        var o = Sample().Find("cla-rate", "E08000038", Y2025)!.Value;
        Assert.Equal(ObservationStatus.Suppressed, o.Status);
        Assert.Null(o.Value);
        Assert.False(o.HasValue);
    }

    [Fact]
    public void Series_IsOldestFirst() =>
        Assert.Equal(new[] { Y2024, Y2025 }, Sample().Series("cla-rate", "E09000013").Select(o => o.Period));

    [Fact]
    public void CrossSection_IsEveryAreaInCodeOrder() =>
        Assert.Equal(new[] { "E06000023", "E08000038", "E09000013" }, Sample().CrossSection("cla-rate", Y2025).Select(o => o.AreaCode));

    [Fact]
    public void LatestPeriod_IgnoresMissingValues()
    {
        var set = ObservationSet.Create(new[]
        {
            new Observation("a", "X", Y2024, 1),
            Observation.Missing("a", "X", Y2025, ObservationStatus.NotAvailable),
        });
        Assert.Equal(Y2024, set.LatestPeriod("a"));
        Assert.Equal(new[] { Y2024, Y2025 }, set.Periods("a"));
        Assert.Null(set.LatestPeriod("b"));
    }

    [Fact]
    public void Create_DuplicateKey_ThrowsListingIt()
    {
        var ex = Assert.Throws<DuplicateObservationException>(() => ObservationSet.Create(new[]
        {
            new Observation("a", "X", Y2025, 1),
            new Observation("a", "X", Y2025, 2),
        }));
        Assert.Single(ex.Keys);
        Assert.Contains("(a, X, year ending 31 March 2025)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverriddenBy_OtherWinsOnSharedKeys()
    {
        var local = ObservationSet.Create(new[] { new Observation("cla-rate", "E09000013", Y2025, 50), new Observation("local-x", "E09000013", Y2025, 7) });
        var merged = Sample().OverriddenBy(local);
        Assert.Equal(50, merged.Find("cla-rate", "E09000013", Y2025)!.Value.Value);
        Assert.Equal(60, merged.Find("cla-rate", "E09000013", Y2024)!.Value.Value);
        Assert.Equal(Sample().Count + 1, merged.Count);
    }

    [Fact]
    public void Observation_ValueWithoutValueStatus_Throws() =>
        Assert.Throws<ArgumentException>(() => new Observation("a", "X", Y2025, 1.0, null, null, ObservationStatus.Suppressed));

    [Fact]
    public void Observation_ValueStatusWithoutValue_Throws() =>
        Assert.Throws<ArgumentException>(() => Observation.Missing("a", "X", Y2025, ObservationStatus.Value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Observation_NonFiniteValue_Throws(double v) =>
        Assert.Throws<ArgumentException>(() => new Observation("a", "X", Y2025, v));

    [Fact]
    public void Observation_NegativeDenominator_Throws() =>
        Assert.Throws<ArgumentException>(() => new Observation("a", "X", Y2025, 1, 1, -5));

    [Fact]
    public void Builder_DefaultObservation_Throws() =>
        Assert.Throws<ArgumentException>(() => new ObservationSet.Builder().Add(default));

    [Theory]
    [InlineData("c", ObservationStatus.Suppressed)]
    [InlineData("x", ObservationStatus.NotAvailable)]
    [InlineData(":", ObservationStatus.NotAvailable)]
    [InlineData("z", ObservationStatus.NotApplicable)]
    [InlineData("u", ObservationStatus.LowReliability)]
    [InlineData("k", ObservationStatus.RoundsToZero)]
    [InlineData("low", ObservationStatus.RoundsToZero)]
    [InlineData("~", ObservationStatus.RoundsToZero)]
    public void TryParseSymbol_KnownSymbols(string symbol, ObservationStatus expected)
    {
        Assert.True(ObservationStatuses.TryParseSymbol(symbol, out var s));
        Assert.Equal(expected, s);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("0")]
    [InlineData("C")]
    public void TryParseSymbol_Others_AreNotSymbols(string text) => Assert.False(ObservationStatuses.TryParseSymbol(text, out _));

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Create_AnyInputOrder_GivesTheSameSet()
    {
        var gen = Gen.Choose(0, 4).Three().ListOf().Select(keys => keys.Distinct().ToList());
        return Prop.ForAll(gen.ToArbitrary(), keys =>
        {
            var observations = keys.Select(k => new Observation("i" + k.Item1, "A" + k.Item2, ReportingPeriod.YearEnding31March(2020 + k.Item3), k.Item1 + (k.Item2 * 10.0))).ToList();
            var forward = ObservationSet.Create(observations).ToList();
            var reversed = ObservationSet.Create(Enumerable.Reverse(observations)).ToList();
            var shuffled = ObservationSet.Create(observations.OrderBy(o => o.GetHashCode())).ToList();
            return forward.SequenceEqual(reversed) && forward.SequenceEqual(shuffled) && forward.Count == observations.Count;
        });
    }
}
