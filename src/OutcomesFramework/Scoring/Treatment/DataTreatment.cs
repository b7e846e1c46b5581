using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Treatment;

/// <summary>
/// How indicator values are treated before they are normalised (COINr's Impute → Treat steps): an imputation method
/// for missing values and, optionally, winsorisation of outliers by skewness and kurtosis thresholds. The observed
/// values shown on a scorecard never change; only the value a score is computed from does, and the indicator's notes
/// say so.
/// </summary>
/// <remarks>
/// Imputed values are scored but do not count as evidence: an outcome's coverage counts observed values only, so
/// imputation can fill a gap in an aggregate but cannot lift an authority over a coverage threshold.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DataTreatment : IEquatable<DataTreatment>
{
    /// <summary>COINr's default winsorisation limit (<c>winmax</c>).</summary>
    public const int DefaultWinsorisationLimit = 5;

    /// <summary>COINr's default skewness threshold.</summary>
    public const double DefaultSkewnessThreshold = 2;

    /// <summary>COINr's default kurtosis threshold.</summary>
    public const double DefaultKurtosisThreshold = 3.5;

    private DataTreatment(ImputationMethod imputation, int winsorisationLimit, double skewnessThreshold, double kurtosisThreshold)
    {
        Imputation = imputation;
        WinsorisationLimit = winsorisationLimit;
        SkewnessThreshold = skewnessThreshold;
        KurtosisThreshold = kurtosisThreshold;
    }

    /// <summary>Gets no treatment (the default): values are scored as observed.</summary>
    public static DataTreatment None { get; } = new(ImputationMethod.None, 0, DefaultSkewnessThreshold, DefaultKurtosisThreshold);

    /// <summary>Gets COINr's default treatment: no imputation, winsorisation of up to 5 points per indicator until |skewness| &lt; 2 or kurtosis &lt; 3.5.</summary>
    public static DataTreatment Coinr { get; } = new(ImputationMethod.None, DefaultWinsorisationLimit, DefaultSkewnessThreshold, DefaultKurtosisThreshold);

    /// <summary>Gets the imputation method.</summary>
    public ImputationMethod Imputation { get; }

    /// <summary>Gets the most points winsorised per indicator and period; 0 switches winsorisation off.</summary>
    public int WinsorisationLimit { get; }

    /// <summary>Gets the skewness threshold: values pass when |skewness| is below it (or kurtosis is below its threshold).</summary>
    public double SkewnessThreshold { get; }

    /// <summary>Gets the kurtosis threshold (excess kurtosis, e1071 type 2).</summary>
    public double KurtosisThreshold { get; }

    /// <summary>Gets whether values are winsorised.</summary>
    public bool Winsorises => WinsorisationLimit > 0;

    /// <summary>Gets whether the treatment changes nothing.</summary>
    public bool IsNone => Imputation == ImputationMethod.None && !Winsorises;

    /// <summary>Returns a copy with another imputation method.</summary>
    /// <param name="method">The method.</param>
    /// <returns>A new treatment.</returns>
    /// <exception cref="ArgumentException">The value is not defined.</exception>
    public DataTreatment WithImputation(ImputationMethod method)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(ImputationMethod), method), nameof(method), "Unknown imputation method {0}.", method);
        return new(method, WinsorisationLimit, SkewnessThreshold, KurtosisThreshold);
    }

    /// <summary>Returns a copy that winsorises outliers (COINr <c>winsorise</c>), or with <paramref name="limit"/> 0 does not.</summary>
    /// <param name="limit">The most points winsorised per indicator and period (COINr <c>winmax</c>, default 5); 0 for none.</param>
    /// <param name="skewnessThreshold">The skewness threshold, positive (default 2).</param>
    /// <param name="kurtosisThreshold">The kurtosis threshold (default 3.5).</param>
    /// <returns>A new treatment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is negative or above 1,000, or a threshold is out of range.</exception>
    public DataTreatment WithWinsorisation(int limit = DefaultWinsorisationLimit, double skewnessThreshold = DefaultSkewnessThreshold, double kurtosisThreshold = DefaultKurtosisThreshold)
    {
        Preconditions.CheckArgumentRange(nameof(limit), limit, 0, 1000);
        Preconditions.CheckArgumentRange(nameof(skewnessThreshold), skewnessThreshold, double.Epsilon, 1000);
        Preconditions.CheckArgumentRange(nameof(kurtosisThreshold), kurtosisThreshold, -3, 1000);
        return new(Imputation, limit, skewnessThreshold, kurtosisThreshold);
    }

    /// <summary>Returns a stable, culture-invariant description, for example <c>imputation=groupMean, winsorise(limit=5, skew=2, kurtosis=3.5)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        "imputation=" + Code(Imputation) + ", "
        + (Winsorises ? string.Format(CultureInfo.InvariantCulture, "winsorise(limit={0}, skew={1}, kurtosis={2})", WinsorisationLimit, Normalisation.Num(SkewnessThreshold), Normalisation.Num(KurtosisThreshold)) : "no winsorisation");

    /// <inheritdoc />
    public bool Equals(DataTreatment? other) =>
        other is not null && Imputation == other.Imputation && WinsorisationLimit == other.WinsorisationLimit
        && SkewnessThreshold.Equals(other.SkewnessThreshold) && KurtosisThreshold.Equals(other.KurtosisThreshold);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataTreatment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Imputation, WinsorisationLimit, SkewnessThreshold, KurtosisThreshold);

    internal static string Code(ImputationMethod method) => method switch
    {
        ImputationMethod.GroupMean => "groupMean",
        ImputationMethod.GroupMedian => "groupMedian",
        ImputationMethod.LastValueCarriedForward => "lastValueCarriedForward",
        _ => "none",
    };
}
