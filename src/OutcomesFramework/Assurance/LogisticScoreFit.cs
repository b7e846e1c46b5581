using System;
using System.Globalization;
using NodaTime;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Where a <see cref="LogisticScoreRule"/>'s numbers came from: the method, the penalty, the cases it was fitted on
/// and the period of their inspections, and the source (data and code) — so that a reader can judge the model and
/// reproduce it.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LogisticScoreFit : IEquatable<LogisticScoreFit>
{
    /// <summary>Creates the provenance.</summary>
    /// <param name="method">The method, in words ("ridge logistic regression on standardised features, penalty by 5-fold cross-validation").</param>
    /// <param name="penalty">The penalty λ (0 for none).</param>
    /// <param name="cases">The number of cases fitted on (at least 2).</param>
    /// <param name="positives">How many of them were positive (between 1 and cases − 1).</param>
    /// <param name="from">The date of the earliest case.</param>
    /// <param name="to">The date of the latest case (on or after <paramref name="from"/>).</param>
    /// <param name="source">The data and code it was fitted with, in words.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, the penalty is negative or not finite, the counts are out of range, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public LogisticScoreFit(string method, double penalty, int cases, int positives, LocalDate from, LocalDate to, string source)
    {
        Method = Preconditions.CheckNotBlank(method, nameof(method)).Trim();
        Preconditions.CheckArgument(penalty >= 0 && !double.IsInfinity(penalty), nameof(penalty), "The penalty must be a finite number of at least 0.");
        Penalty = penalty;
        Cases = Preconditions.CheckArgumentRange(nameof(cases), cases, 2, int.MaxValue);
        Positives = Preconditions.CheckArgumentRange(nameof(positives), positives, 1, cases - 1);
        if (from > to)
        {
            Preconditions.CheckArgument(false, nameof(to), "The fitted period ends (" + Iso(to) + ") before it starts (" + Iso(from) + ").");
        }
        From = from;
        To = to;
        Source = Preconditions.CheckNotBlank(source, nameof(source)).Trim();
    }

    /// <summary>Gets the method, in words.</summary>
    public string Method { get; }

    /// <summary>Gets the penalty λ.</summary>
    public double Penalty { get; }

    /// <summary>Gets the number of cases fitted on.</summary>
    public int Cases { get; }

    /// <summary>Gets how many of the cases were positive.</summary>
    public int Positives { get; }

    /// <summary>Gets the date of the earliest case.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date of the latest case.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the data and code the model was fitted with, in words.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public bool Equals(LogisticScoreFit? other) =>
        other is not null
        && string.Equals(Method, other.Method, StringComparison.Ordinal)
        && Penalty.Equals(other.Penalty)
        && Cases == other.Cases
        && Positives == other.Positives
        && From == other.From
        && To == other.To
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LogisticScoreFit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Method), Penalty, Cases, Positives, From, To);

    /// <inheritdoc />
    public override string ToString() =>
        Method + ", λ " + Penalty.ToString("R", CultureInfo.InvariantCulture) + ", " + Cases.ToString(CultureInfo.InvariantCulture) + " cases ("
        + Positives.ToString(CultureInfo.InvariantCulture) + " positive) " + Iso(From) + " to " + Iso(To);

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
