using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Outcome = OutcomesFramework.Outcomes.Outcome;
using FsCheck.Fluent;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Tests.Serialization;

/// <summary>
/// FsCheck generators of valid frameworks: statutory outcomes with generated aims, and indicators whose role,
/// polarity, period, snapshot date and source shape are consistent. Text mixes ASCII, JSON's special characters,
/// control characters, non-Latin scripts and characters outside the Basic Multilingual Plane; numbers include
/// zero, negative zero, subnormals, double.MaxValue and arbitrary bit patterns.
/// </summary>
public static class FrameworkGenerators
{
    private const string IdChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";

    private static readonly string[] TextPieces =
    {
        "a", "Z", "q", "7", " ", "  ", "'", "\"", "\\", "/", "<", ">", "&", "+", "\n", "\t", "\r", "\u0001", "\u001f", "\u007f",
        "é", "÷", "–", "—", "£", "ß", "İ", "ı", "Ç", "中文", "ü", "\u00a0", "\u2028", "\u200b", "\ufeff", "😀", "𝔸", "null", "{", "]", "1e5", ",",
    };

    /// <summary>Gets a generator of non-blank text (the domain trims it).</summary>
    public static Gen<string> Text { get; } =
        from n in Gen.Choose(1, 8)
        from pieces in Gen.Elements(TextPieces).ListOf(n)
        let s = string.Concat(pieces)
        select string.IsNullOrWhiteSpace(s) ? "x" + s : s;

    /// <summary>Gets a generator of text or null.</summary>
    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(t => (string?)t)));

    /// <summary>Gets a generator of well-formed ids (1 to 64 characters).</summary>
    public static Gen<string> Id { get; } =
        from first in Gen.Elements(IdChars.Substring(0, 62).ToCharArray())
        from length in Gen.Frequency((9, Gen.Choose(0, 8)), (1, Gen.Constant(63)))
        from rest in Gen.Elements(IdChars.ToCharArray()).ArrayOf(length)
        select first + new string(rest);

    /// <summary>Gets a generator of finite numbers ≥ 0, edge values included.</summary>
    public static Gen<double> NonNegative { get; } = Gen.OneOf(
        Gen.Elements(0.0, -0.0, 1.0, 0.5, 0.1, 1.0 / 3, double.Epsilon, double.MaxValue, 1e-300, 1e21, 123456789.125, 2.5e-8, 10000.0),
        from hi in Gen.Choose(0, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        let d = BitConverter.Int64BitsToDouble(unchecked(((long)hi << 32) | (uint)lo))
        where !double.IsNaN(d) && !double.IsInfinity(d)
        select d);

    /// <summary>Gets a generator of finite numbers &gt; 0.</summary>
    public static Gen<double> Positive { get; } = NonNegative.Where(d => d > 0);

    /// <summary>Gets a generator of valid frameworks.</summary>
    public static Gen<Framework> Framework { get; } =
        from id in Id
        from name in Text
        from version in Text
        from description in OptionalText
        from outcomes in Gen.CollectToList(EveryChildMatters.OutcomeIds.Select(OutcomeOf))
        from n in Gen.Choose(0, 8)
        from indicators in IndicatorOf(outcomes).ListOf(n)
        select new Framework(id, name, version, outcomes, indicators.GroupBy(i => i.Id, StringComparer.Ordinal).Select(g => g.First()), description);

    private static Gen<Outcome> OutcomeOf(string outcomeId) =>
        from name in Text
        from purpose in Text
        from n in Gen.Choose(1, 6)
        from aimIds in Id.ListOf(n)
        from aims in Gen.CollectToList(aimIds.Distinct(StringComparer.Ordinal).Select(aimId => AimOf(aimId, outcomeId)))
        select new Outcome(outcomeId, name, purpose, aims);

    private static Gen<Aim> AimOf(string id, string outcomeId) =>
        from text in Text
        from pcf in Gen.Elements(true, false)
        from n in Gen.Choose(0, 2)
        from aliases in Text.ListOf(n)
        select new Aim(id, outcomeId, text, pcf, aliases);

    private static Gen<Indicator> IndicatorOf(IReadOnlyList<Outcome> outcomes) =>
        from id in Id
        from title in Text
        from outcome in Gen.Elements(outcomes.ToArray())
        from aims in Gen.Shuffle(outcome.Aims.Select(a => a.Id).ToArray())
        from aimCount in Gen.Choose(1, aims.Length)
        from role in Gen.Elements(IndicatorRole.Outcome, IndicatorRole.Context, IndicatorRole.Enabler)
        from polarity in role switch
        {
            IndicatorRole.Context => Gen.Constant(Polarity.NoPolarity),
            IndicatorRole.Outcome => Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter),
            _ => Gen.Elements(Polarity.NoPolarity, Polarity.HigherIsBetter, Polarity.LowerIsBetter),
        }
        from measure in Gen.Elements((MeasureKind[])Enum.GetValues(typeof(MeasureKind)))
        from unit in Gen.OneOf(Gen.Constant(string.Empty), Text)
        from decimalPlaces in Gen.Choose(0, 6)
        from period in Gen.Elements((PeriodKind[])Enum.GetValues(typeof(PeriodKind)))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, month == 2 ? 28 : (month is 4 or 6 or 9 or 11 ? 30 : 31))
        from source in Gen.Frequency((1, Gen.Constant<IndicatorSource?>(null)), (3, Source.Select(s => (IndicatorSource?)s)))
        from multiplier in Positive
        from quartileBanding in Gen.Elements(true, false)
        from weight in NonNegative
        from description in OptionalText
        from reference in OptionalText
        let snapshot = period == PeriodKind.Snapshot
        select new Indicator(id, title, outcome.Id, aims.Take(aimCount), measure, polarity, unit, period)
            .WithRole(role).WithDecimalPlaces(decimalPlaces).WithSource(source).WithMultiplier(multiplier).WithQuartileBanding(quartileBanding)
            .WithWeight(weight).WithDescription(description).WithReference(reference).WithSnapshot(snapshot ? month : 9, snapshot ? day : 30);

    private static Gen<List<KeyValuePair<string, string>>> Filters { get; } =
        from n in Gen.Choose(0, 3)
        from keys in Text.ListOf(n)
        from values in Gen.OneOf(Gen.Constant(string.Empty), Text).ListOf(n)
        select keys.Zip(values, (k, v) => new KeyValuePair<string, string>(k, v))
            .GroupBy(p => p.Key.Trim(), StringComparer.Ordinal).Select(g => g.First()).ToList();

    private static Gen<DenominatorSource> Denominator { get; } =
        from file in Text
        from filters in Filters
        from column in Text
        from yearOffset in Gen.Choose(-5, 5)
        select new DenominatorSource(file, filters, column, yearOffset);

    private static Gen<IndicatorSource> Source { get; } =
        from publication in Text
        from file in Text
        from filters in Filters
        from valueColumn in OptionalText
        from numerator in valueColumn is null ? Text.Select(t => (string?)t) : OptionalText
        from shape in Gen.Choose(valueColumn is null ? 1 : 0, 2) // 0 none, 1 column, 2 another file
        from denominatorColumn in shape == 1 ? Text.Select(t => (string?)t) : Gen.Constant<string?>(null)
        from denominator in shape == 2 ? Denominator.Select(d => (DenominatorSource?)d) : Gen.Constant<DenominatorSource?>(null)
        from multiplier in Positive
        select new IndicatorSource(publication, file, filters, valueColumn, numerator, denominatorColumn, denominator, multiplier);
}

/// <summary>Registers <see cref="FrameworkGenerators.Framework"/> for <c>[Property]</c> tests.</summary>
public static class FrameworkArbitraries
{
    /// <summary>Gets the arbitrary frameworks.</summary>
    public static Arbitrary<Framework> Framework() => Arb.From(FrameworkGenerators.Framework);
}
