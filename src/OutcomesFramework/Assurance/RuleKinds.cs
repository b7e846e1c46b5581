using System;
using System.Collections.Generic;

namespace OutcomesFramework.Assurance;

/// <summary>The names of the rule kinds in rule-set files (from the one table of kinds, <see cref="RuleKindTable"/>).</summary>
public static class RuleKinds
{
    /// <summary>Gets the <c>kind</c> name of a rule kind: threshold, benchmarkGap, deterioration, spcConcern, spcAssurance, dataQuality, workforcePressure, inspection, basket, logisticScore.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string ToName(RuleKind kind) => RuleKindTable.Of(kind).Name;

    /// <summary>Reads the <c>kind</c> name of a rule kind (ordinal, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind, when known.</param>
    /// <returns>True when <paramref name="name"/> names a kind.</returns>
    public static bool TryParse(string? name, out RuleKind kind)
    {
        kind = default;
        return name is not null && RuleKindTable.Names.TryParse(name, out kind);
    }

    /// <summary>Gets every kind, in declaration order.</summary>
    public static IReadOnlyList<RuleKind> All { get; } = RuleKindTable.Names.Values;
}
