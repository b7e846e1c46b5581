using System;
using NodaTime;

namespace OutcomesFramework.Assurance;

/// <summary>
/// What a council supplies about its leadership, which no national data set holds: when its Director of Children's
/// Services took up post.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LeadershipContext : IEquatable<LeadershipContext>
{
    /// <summary>Creates the context.</summary>
    /// <param name="directorInPostSince">The date the current Director of Children's Services took up post (interim or permanent), or null when not supplied.</param>
    public LeadershipContext(LocalDate? directorInPostSince)
    {
        DirectorInPostSince = directorInPostSince;
    }

    /// <summary>Gets the date the current Director of Children's Services took up post, or null.</summary>
    public LocalDate? DirectorInPostSince { get; }

    /// <summary>Returns the whole months from <see cref="DirectorInPostSince"/> to <paramref name="asOf"/>, or null when not supplied.</summary>
    /// <param name="asOf">The date of the assessment.</param>
    /// <returns>The months in post (0 when the start is after <paramref name="asOf"/>), or null.</returns>
    public int? MonthsInPost(LocalDate asOf)
    {
        if (DirectorInPostSince is not { } since)
        {
            return null;
        }
        return since >= asOf ? 0 : Period.Between(since, asOf, PeriodUnits.Months).Months;
    }

    /// <inheritdoc />
    public bool Equals(LeadershipContext? other) => other is not null && DirectorInPostSince == other.DirectorInPostSince;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LeadershipContext);

    /// <inheritdoc />
    public override int GetHashCode() => DirectorInPostSince.GetHashCode();
}
