namespace OutcomesFramework.Forecasting;

/// <summary>An out-of-time prediction for one case and target: the model's and each baseline's score.</summary>
internal sealed class Prediction
{
    public Prediction(EvaluationCase @case, bool outcome, double model, double previous, double? deprivation, double baseRate, double leadMonths)
    {
        Case = @case;
        Outcome = outcome;
        Model = model;
        Previous = previous;
        Deprivation = deprivation;
        BaseRate = baseRate;
        LeadMonths = leadMonths;
    }

    public EvaluationCase Case { get; }

    public bool Outcome { get; }

    public double Model { get; }

    public double Previous { get; }

    public double? Deprivation { get; }

    public double BaseRate { get; }

    /// <summary>Months before the assessment date through which the model had the council at 50% or more without a break (0 when not raised on the day, NaN when not computed).</summary>
    public double LeadMonths { get; }
}
