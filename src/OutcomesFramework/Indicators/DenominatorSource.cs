using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Indicators;

/// <summary>
/// A denominator read from another EES file, for example the ONS mid-year estimate of children aged 0–17 for a
/// rate per 10,000. <see cref="YearOffset"/> aligns the periods: the DfE divides a count at 31 March of year Y by
/// the mid-year estimate for Y−1, so the offset is −1.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DenominatorSource : IEquatable<DenominatorSource>
{
    /// <summary>Creates a denominator source.</summary>
    /// <param name="file">The EES file name.</param>
    /// <param name="filters">Filter column to required value.</param>
    /// <param name="column">The column holding the denominator.</param>
    /// <param name="yearOffset">Years to add to the indicator's period end year to find the denominator's (−1 for ONS mid-year estimates).</param>
    /// <exception cref="ArgumentException">A name is blank, a filter repeats, or the offset is outside −5..5.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public DenominatorSource(string file, IEnumerable<KeyValuePair<string, string>>? filters, string column, int yearOffset)
    {
        File = Preconditions.CheckNotBlank(file, nameof(file)).Trim();
        var f = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in filters ?? Enumerable.Empty<KeyValuePair<string, string>>())
        {
            var key = Preconditions.CheckNotBlank(pair.Key, nameof(filters)).Trim();
            Preconditions.CheckArgument(!f.ContainsKey(key), nameof(filters), "Filter column '{0}' is given twice.", key);
            f.Add(key, Preconditions.CheckNotNull(pair.Value, nameof(filters)).Trim());
        }
        Filters = f.ToImmutable();
        Column = Preconditions.CheckNotBlank(column, nameof(column)).Trim();
        YearOffset = Preconditions.CheckArgumentRange(nameof(yearOffset), yearOffset, -5, 5);
    }

    /// <summary>Gets the EES file name.</summary>
    public string File { get; }

    /// <summary>Gets the filter values that select the denominator's rows.</summary>
    public ImmutableSortedDictionary<string, string> Filters { get; }

    /// <summary>Gets the column holding the denominator.</summary>
    public string Column { get; }

    /// <summary>Gets the years added to the indicator's period end year to find the denominator's period.</summary>
    public int YearOffset { get; }

    /// <inheritdoc />
    public bool Equals(DenominatorSource? other) =>
        other is not null
        && string.Equals(File, other.File, StringComparison.Ordinal)
        && Filters.Count == other.Filters.Count
        && Filters.All(p => other.Filters.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal))
        && string.Equals(Column, other.Column, StringComparison.Ordinal)
        && YearOffset == other.YearOffset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DenominatorSource);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(File), StringComparer.Ordinal.GetHashCode(Column), YearOffset);
}
