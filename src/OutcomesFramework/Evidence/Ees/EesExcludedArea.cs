using System;
using System.Globalization;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>A local authority whose rows were filtered out because it is a legacy or combined area, with how many rows it had.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EesExcludedArea
{
    /// <summary>Creates an entry (the reader makes these; public so that a stored report can be rebuilt).</summary>
    /// <param name="reason"><see cref="EesFilterReason.LegacyArea"/> or <see cref="EesFilterReason.CombinedArea"/>.</param>
    /// <param name="oldCode">The <c>old_la_code</c> as published.</param>
    /// <param name="newCode">The <c>new_la_code</c> as published (may be empty).</param>
    /// <param name="name">The <c>la_name</c> as published.</param>
    /// <param name="rows">How many selected rows the area had (≥ 0).</param>
    /// <exception cref="ArgumentNullException">A string is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is negative.</exception>
    public EesExcludedArea(EesFilterReason reason, string oldCode, string newCode, string name, int rows)
    {
        Utility.Preconditions.CheckNotNull(oldCode, nameof(oldCode));
        Utility.Preconditions.CheckNotNull(newCode, nameof(newCode));
        Utility.Preconditions.CheckNotNull(name, nameof(name));
        Utility.Preconditions.CheckArgumentRange(nameof(rows), rows, 0, int.MaxValue);
        Reason = reason;
        OldCode = oldCode;
        NewCode = newCode;
        Name = name;
        Rows = rows;
    }

    /// <summary>Gets <see cref="EesFilterReason.LegacyArea"/> or <see cref="EesFilterReason.CombinedArea"/>.</summary>
    public EesFilterReason Reason { get; }

    /// <summary>Gets the <c>old_la_code</c> as published, for example <c>909</c> or <c>940 / 941</c>.</summary>
    public string OldCode { get; }

    /// <summary>Gets the <c>new_la_code</c> as published (may be empty).</summary>
    public string NewCode { get; }

    /// <summary>Gets the <c>la_name</c> as published.</summary>
    public string Name { get; }

    /// <summary>Gets how many selected rows the area had.</summary>
    public int Rows { get; }

    /// <summary>Returns <c>909 Cumbria (E10000006): 5 rows</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2}): {3} row{4}",
        OldCode, Name, NewCode, Rows, Rows == 1 ? string.Empty : "s");
}
