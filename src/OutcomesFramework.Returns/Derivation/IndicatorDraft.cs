using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>An indicator being counted: the children in its numerator and denominator, and notes on exclusions.</summary>
internal sealed class IndicatorDraft
{
    private readonly List<string> numerator = new();
    private readonly List<string> denominator = new();
    private readonly SortedDictionary<string, int> exclusions = new(System.StringComparer.Ordinal);
    private readonly List<string> remarks = new();

    public IndicatorDraft(string id, string name, IndicatorMeasure measure, string definition, string guidance)
    {
        Id = id;
        Name = name;
        Measure = measure;
        Definition = definition;
        Guidance = guidance;
    }

    public string Id { get; }

    public string Name { get; }

    public IndicatorMeasure Measure { get; }

    public string Definition { get; }

    public string Guidance { get; }

    /// <summary>The sum for a mean.</summary>
    public double Sum { get; set; }

    public void Count(string child) => numerator.Add(child);

    public void In(string child) => denominator.Add(child);

    public void Exclude(string reason) => Exclude(reason, 1);

    public void Exclude(string reason, int count)
    {
        exclusions.TryGetValue(reason, out var n);
        exclusions[reason] = n + count;
    }

    /// <summary>Adds a note that is not an exclusion (what the figure rests on), given after the exclusions in the order added.</summary>
    public void Note(string text) => remarks.Add(text);

    public IEnumerable<string> DenominatorChildren() => denominator;

    public IEnumerable<string> ExclusionNotes()
    {
        foreach (var pair in exclusions)
        {
            for (var i = 0; i < pair.Value; i++)
            {
                yield return pair.Key;
            }
        }
    }

    public int Numerator => numerator.Count;

    public int Denominator => denominator.Count;

    public (DerivedIndicator Indicator, CountedChildren Children) Build(long? population)
    {
        double? num = numerator.Count;
        double? den = null;
        double? value = null;
        var notes = exclusions.Select(e => e.Value + " left out: " + e.Key).Concat(remarks).ToList();
        switch (Measure)
        {
            case IndicatorMeasure.Count:
                value = numerator.Count;
                break;
            case IndicatorMeasure.Percentage:
                den = denominator.Count;
                value = denominator.Count == 0 ? null : 100.0 * numerator.Count / denominator.Count;
                break;
            case IndicatorMeasure.RatePer10000:
                den = population;
                value = population is { } p ? 10000.0 * numerator.Count / p : null;
                if (population is null)
                {
                    notes.Add("no population given: the rate has no value (give the ONS mid-year estimate of children aged 0 to 17).");
                }
                break;
            case IndicatorMeasure.Mean:
                num = Sum;
                den = denominator.Count;
                value = denominator.Count == 0 ? null : Sum / denominator.Count;
                break;
        }
        var children = new CountedChildren(Id, Sorted(numerator), Sorted(denominator));
        return (new DerivedIndicator(Id, Name, Measure, Definition, Guidance, num, den, value, notes.ToImmutableArray()), children);
    }

    /// <summary>The children in ordinal order (equal identifiers are the same text, so an unstable sort gives the one result).</summary>
    private static ImmutableArray<string> Sorted(List<string> children)
    {
        var builder = ImmutableArray.CreateBuilder<string>(children.Count);
        builder.AddRange(children);
        builder.Sort(System.StringComparer.Ordinal);
        return builder.MoveToImmutable();
    }
}
