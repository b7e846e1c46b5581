namespace OutcomesFramework.Scoring;

/// <summary>The rules that turn a 0–100 score into a <see cref="ScoreBand"/>.</summary>
public static class ScoreBands
{
    /// <summary>The lowest score in band A.</summary>
    public const double AFrom = 75;

    /// <summary>The lowest score in band B.</summary>
    public const double BFrom = 50;

    /// <summary>The lowest score in band C; below it is band D.</summary>
    public const double CFrom = 25;

    /// <summary>Returns the band of a score: A from <see cref="AFrom"/>, B from <see cref="BFrom"/>, C from <see cref="CFrom"/>, otherwise D.</summary>
    /// <param name="score">A score on the 0–100 scale.</param>
    /// <returns>The band.</returns>
    public static ScoreBand Of(double score) => score >= AFrom ? ScoreBand.A : score >= BFrom ? ScoreBand.B : score >= CFrom ? ScoreBand.C : ScoreBand.D;

    /// <summary>Returns the better (nearer A) of two bands.</summary>
    /// <param name="a">A band.</param>
    /// <param name="b">Another band.</param>
    /// <returns>The better band.</returns>
    public static ScoreBand Better(ScoreBand a, ScoreBand b) => a <= b ? a : b;

    /// <summary>Returns the worse (nearer D) of two bands.</summary>
    /// <param name="a">A band.</param>
    /// <param name="b">Another band.</param>
    /// <returns>The worse band.</returns>
    public static ScoreBand Worse(ScoreBand a, ScoreBand b) => a >= b ? a : b;
}
