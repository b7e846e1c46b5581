using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Indicators;

/// <summary>
/// Where an indicator's figures are published: the publication, the EES tidy-CSV file, the filter values that
/// select its rows, and the columns that hold the value, numerator and denominator.
/// </summary>
/// <remarks>
/// An indicator whose value is not published directly (children in need per 10,000) gives no
/// <see cref="ValueColumn"/>, a <see cref="NumeratorColumn"/> and a <see cref="DenominatorSource"/> in another
/// file (the ONS population), with <see cref="Multiplier"/> to scale the ratio. Filter columns are compared
/// ordinally, trimmed.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorSource : IEquatable<IndicatorSource>
{
    /// <summary>Creates a source.</summary>
    /// <param name="publication">The publication's title, for example "Children looked after in England including adoptions".</param>
    /// <param name="file">The EES file name, for example <c>cla_number_and_rate_per_10k_children.csv</c>.</param>
    /// <param name="filters">Filter column to required value, for example <c>population_type</c> = "Children looked after on 31 March each year".</param>
    /// <param name="valueColumn">The column holding the published value, or null when the value is derived.</param>
    /// <param name="numeratorColumn">The column holding the numerator, or null.</param>
    /// <param name="denominatorColumn">The column holding the denominator in the same file, or null.</param>
    /// <param name="denominatorSource">The denominator from another file, or null.</param>
    /// <param name="multiplier">The scale of a derived value (100 for a percentage, 10,000 per 10,000); 1 when the value is published.</param>
    /// <exception cref="ArgumentException">Names are blank, there is neither a value column nor a numerator, a derived value lacks a denominator, or the multiplier is not positive.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public IndicatorSource(
        string publication,
        string file,
        IEnumerable<KeyValuePair<string, string>>? filters,
        string? valueColumn,
        string? numeratorColumn = null,
        string? denominatorColumn = null,
        DenominatorSource? denominatorSource = null,
        double multiplier = 1.0)
    {
        Publication = Preconditions.CheckNotBlank(publication, nameof(publication)).Trim();
        File = Preconditions.CheckNotBlank(file, nameof(file)).Trim();
        var f = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in filters ?? Enumerable.Empty<KeyValuePair<string, string>>())
        {
            var key = Preconditions.CheckNotBlank(pair.Key, nameof(filters)).Trim();
            Preconditions.CheckArgument(!f.ContainsKey(key), nameof(filters), "Filter column '{0}' is given twice.", key);
            f.Add(key, Preconditions.CheckNotNull(pair.Value, nameof(filters)).Trim());
        }
        Filters = f.ToImmutable();
        ValueColumn = Blank(valueColumn);
        NumeratorColumn = Blank(numeratorColumn);
        DenominatorColumn = Blank(denominatorColumn);
        DenominatorSource = denominatorSource;
        Preconditions.CheckArgument(ValueColumn is not null || NumeratorColumn is not null, nameof(valueColumn), "A source needs a value column or a numerator column.");
        Preconditions.CheckArgument(ValueColumn is not null || DenominatorColumn is not null || DenominatorSource is not null, nameof(denominatorColumn),
            "A derived value (no value column) needs a denominator column or a denominator source.");
        Preconditions.CheckArgument(DenominatorColumn is null || DenominatorSource is null, nameof(denominatorSource), "Give a denominator column or a denominator source, not both.");
        Preconditions.CheckArgument(multiplier > 0 && !double.IsInfinity(multiplier), nameof(multiplier), "The multiplier must be a positive number.");
        Multiplier = multiplier;
    }

    /// <summary>Gets the publication's title.</summary>
    public string Publication { get; }

    /// <summary>Gets the EES file name.</summary>
    public string File { get; }

    /// <summary>Gets the filter values that select the indicator's rows, by column, in ordinal order.</summary>
    public ImmutableSortedDictionary<string, string> Filters { get; }

    /// <summary>Gets the column holding the published value, or null when the value is derived.</summary>
    public string? ValueColumn { get; }

    /// <summary>Gets the numerator column, or null.</summary>
    public string? NumeratorColumn { get; }

    /// <summary>Gets the denominator column in the same file, or null.</summary>
    public string? DenominatorColumn { get; }

    /// <summary>Gets the denominator from another file, or null.</summary>
    public DenominatorSource? DenominatorSource { get; }

    /// <summary>Gets the scale applied to numerator ÷ denominator when the value is derived.</summary>
    public double Multiplier { get; }

    /// <inheritdoc />
    public bool Equals(IndicatorSource? other) =>
        other is not null
        && string.Equals(Publication, other.Publication, StringComparison.Ordinal)
        && string.Equals(File, other.File, StringComparison.Ordinal)
        && Filters.Count == other.Filters.Count
        && Filters.All(p => other.Filters.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal))
        && string.Equals(ValueColumn, other.ValueColumn, StringComparison.Ordinal)
        && string.Equals(NumeratorColumn, other.NumeratorColumn, StringComparison.Ordinal)
        && string.Equals(DenominatorColumn, other.DenominatorColumn, StringComparison.Ordinal)
        && Equals(DenominatorSource, other.DenominatorSource)
        && Multiplier.Equals(other.Multiplier);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorSource);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(File), ValueColumn is null ? 0 : StringComparer.Ordinal.GetHashCode(ValueColumn));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s!.Trim();
}
