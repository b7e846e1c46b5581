using NodaTime;
using OutcomesFramework.Inspections;

namespace OutcomesFramework.Forecasting;

/// <summary>One graded inspection in the early-warning evaluation, with its features read the day before.</summary>
internal sealed class EvaluationCase
{
    public EvaluationCase(Inspection inspection, LocalDate asOf, double[] features, Inspection? previous, int? ruleLevel)
    {
        Inspection = inspection;
        AsOf = asOf;
        Features = features;
        Previous = previous;
        RuleLevel = ruleLevel;
    }

    public Inspection Inspection { get; }

    public string AreaCode => Inspection.AreaCode;

    public LocalDate AsOf { get; }

    public int Year => Inspection.InspectionDate.Year;

    public double[] Features { get; }

    public Inspection? Previous { get; }

    public bool IsRepeat => Previous is not null;

    /// <summary>The rule set's early-warning level (0–3) on the same day, when a back-test was supplied and covers the case.</summary>
    public int? RuleLevel { get; }

    public bool? Outcome(EarlyWarningTarget target)
    {
        var grade = (int)Inspection.OverallEffectiveness!.Value;
        return target switch
        {
            EarlyWarningTarget.RequiresImprovementOrWorse => grade >= (int)OfstedGrade.RequiresImprovement,
            EarlyWarningTarget.Inadequate => grade == (int)OfstedGrade.Inadequate,
            _ => Previous?.OverallEffectiveness is { } p ? grade > (int)p : null,
        };
    }
}
