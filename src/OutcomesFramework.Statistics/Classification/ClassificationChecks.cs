using System;
using System.Collections.Generic;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>The argument checks shared by the classification measures: scores and outcomes of one length, finite scores, both classes present.</summary>
internal static class ClassificationChecks
{
    public static void Scores(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes, string scoresName, string outcomesName)
    {
        Preconditions.CheckNotNull(scores, scoresName);
        Preconditions.CheckNotNull(outcomes, outcomesName);
        if (scores.Count != outcomes.Count)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "There are {0} scores but {1} outcomes: each case needs one of each.", scores.Count, outcomes.Count), outcomesName);
        }
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            if (double.IsNaN(s) || double.IsInfinity(s))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Score {0} (case {1}) is not a finite number.", s, i), scoresName);
            }
        }
    }

    public static (int Positives, int Negatives) BothClasses(IReadOnlyList<bool> outcomes, string outcomesName)
    {
        var positives = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i])
            {
                positives++;
            }
        }
        var negatives = outcomes.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The outcomes need at least one positive and one negative case; there are {0} positive and {1} negative.", positives, negatives), outcomesName);
        }
        return (positives, negatives);
    }

    public static void Probabilities(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes, string probabilitiesName, string outcomesName)
    {
        Scores(probabilities, outcomes, probabilitiesName, outcomesName);
        Preconditions.CheckArgument(probabilities.Count > 0, outcomesName, "There must be at least one case.");
        for (var i = 0; i < probabilities.Count; i++)
        {
            if (probabilities[i] < 0 || probabilities[i] > 1)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "Probability {0} (case {1}) is outside 0 to 1.", probabilities[i], i), probabilitiesName);
            }
        }
    }
}
