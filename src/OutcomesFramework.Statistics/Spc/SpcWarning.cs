using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>A warning about an XmR chart: its kind, where it applies, and a sentence saying what it means.</summary>
public sealed class SpcWarning : IEquatable<SpcWarning>
{
    /// <summary>Creates a warning.</summary>
    /// <param name="kind">The kind: exactly one flag of <see cref="SpcWarningKinds"/>.</param>
    /// <param name="pointIndex">The 0-based point or segment start it applies to, or null for the whole chart.</param>
    /// <param name="message">What it means, in English.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a single flag, or the message is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pointIndex"/> is negative.</exception>
    public SpcWarning(SpcWarningKinds kind, int? pointIndex, string message)
    {
        var bits = (int)kind;
        Preconditions.CheckArgument(bits > 0 && (bits & (bits - 1)) == 0, nameof(kind), "A warning has exactly one kind.");
        if (pointIndex is { } index)
        {
            Preconditions.CheckArgumentRange(nameof(pointIndex), index, 0, int.MaxValue);
        }
        Kind = kind;
        PointIndex = pointIndex;
        Message = Preconditions.CheckNotBlank(message, nameof(message));
    }

    /// <summary>The kind of warning.</summary>
    public SpcWarningKinds Kind { get; }

    /// <summary>
    /// The 0-based index of the point the warning is about (for a segment, its first point), or null when it is
    /// about the whole chart.
    /// </summary>
    public int? PointIndex { get; }

    /// <summary>What the warning means, in English.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(SpcWarning? other) =>
        other is not null && Kind == other.Kind && PointIndex == other.PointIndex &&
        string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SpcWarning);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, PointIndex, StringComparer.Ordinal.GetHashCode(Message));

    /// <inheritdoc/>
    public override string ToString() => Kind + ": " + Message;
}
