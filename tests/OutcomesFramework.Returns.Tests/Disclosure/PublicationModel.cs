using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Returns.Derivation;

namespace OutcomesFramework.Returns.Tests.Disclosure;

/// <summary>
/// Derivation-like results built from counts, through the deriver's own <see cref="IndicatorDraft"/> (so values are
/// worked out as the deriver works them), with made-up child identifiers "k0", "k1", ...
/// </summary>
internal static class PublicationModel
{
    /// <summary>An indicator of the model: its numerator's variable and, for a percentage or mean, its denominator's.</summary>
    internal sealed record Spec(string Id, IndicatorMeasure Measure, string Numerator, string? Denominator);

    /// <summary>The 21 derived indicators, with the figures they share as the deriver shares them (see Ssda903Derivations and CinDerivations).</summary>
    public static readonly ImmutableArray<Spec> Specs = ImmutableArray.Create(
        new Spec("cla-at-31-march", IndicatorMeasure.Count, "n31", null),
        new Spec("cla-rate", IndicatorMeasure.RatePer10000, "n31", null),
        new Spec("cla-started", IndicatorMeasure.Count, "started", null),
        new Spec("cla-starting-rate", IndicatorMeasure.RatePer10000, "started", null),
        new Spec("cla-ceased", IndicatorMeasure.Count, "ceased", null),
        new Spec("cla-three-placements", IndicatorMeasure.Percentage, "three", "n31"),
        new Spec("cla-long-term-stability", IndicatorMeasure.Percentage, "lt", "lt-den"),
        new Spec("cla-missing", IndicatorMeasure.Percentage, "miss", "miss-den"),
        new Spec("adoption-timeliness", IndicatorMeasure.Mean, "adopted", "adopted"),
        new Spec("care-leavers-eet-17-18", IndicatorMeasure.Percentage, "eet17", "cl17"),
        new Spec("care-leavers-eet-19-21", IndicatorMeasure.Percentage, "eet19", "cl19"),
        new Spec("care-leavers-suitable-accommodation-17-18", IndicatorMeasure.Percentage, "acc17", "cl17"),
        new Spec("care-leavers-suitable-accommodation-19-21", IndicatorMeasure.Percentage, "acc19", "cl19"),
        new Spec("referrals", IndicatorMeasure.Count, "ref", null),
        new Spec("rereferrals", IndicatorMeasure.Percentage, "reref", "ref"),
        new Spec("assessments-45-working-days", IndicatorMeasure.Percentage, "ass", "ass-den"),
        new Spec("s47-icpc-15-working-days", IndicatorMeasure.Percentage, "icpc", "icpc-den"),
        new Spec("cpp-subsequent", IndicatorMeasure.Percentage, "sub", "sub-den"),
        new Spec("cpp-two-years-or-more", IndicatorMeasure.Percentage, "cpp2", "cpp"),
        new Spec("cpp-rate", IndicatorMeasure.RatePer10000, "cpp", null),
        new Spec("cin-rate", IndicatorMeasure.RatePer10000, "cin", null));

    /// <summary>Days from care to the adoptive placement per adopted child: the mean's sum is this × the number adopted.</summary>
    public const int DaysPerAdoption = 401;

    private static readonly string[] Children = Enumerable.Range(0, 2000).Select(i => "k" + i).ToArray();

    /// <summary>The derivation the given counts make.</summary>
    public static DerivationResult Result(IReadOnlyDictionary<string, int> counts, long? population, IEnumerable<Spec>? specs = null)
    {
        var indicators = ImmutableArray.CreateBuilder<DerivedIndicator>();
        var children = ImmutableDictionary.CreateBuilder<string, CountedChildren>();
        foreach (var s in specs ?? Specs)
        {
            var draft = new IndicatorDraft(s.Id, s.Id, s.Measure, string.Empty, string.Empty);
            var n = counts[s.Numerator];
            if (s.Measure is IndicatorMeasure.Percentage or IndicatorMeasure.Mean)
            {
                for (var k = 0; k < counts[s.Denominator!]; k++)
                {
                    draft.In(Children[k]);
                }
            }
            for (var k = 0; k < n; k++)
            {
                draft.Count(Children[k]);
            }
            if (s.Measure == IndicatorMeasure.Mean)
            {
                draft.Sum = DaysPerAdoption * n;
            }
            var (indicator, counted) = draft.Build(population);
            indicators.Add(indicator);
            children[s.Id] = counted;
        }
        return new DerivationResult(new CollectionYear(2025), indicators.ToImmutable(), children.ToImmutable(), uncertainCareStarts: null);
    }

    /// <summary>A percentage alone.</summary>
    public static DerivedIndicator Percentage(int numerator, int denominator) =>
        Result(new Dictionary<string, int> { ["three"] = numerator, ["n31"] = denominator }, null, Specs.Where(s => s.Id == "cla-three-placements")).Indicators[0];
}
