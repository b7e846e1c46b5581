using OutcomesFramework.Returns.Derivation;

namespace OutcomesFramework.Returns.Disclosure;

/// <summary>
/// One derived indicator as published: its value, numerator and denominator as text, each either the figure or
/// <see cref="DisclosureControl.Suppressed"/> ("c"), or empty when the derivation has no such figure. The reasons are
/// for the council's own review, not for publication: telling a primary from a secondary suppression narrows a
/// suppressed count down (see <see cref="PublicationTable"/>).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PublishedIndicator
{
    internal PublishedIndicator(string id, IndicatorMeasure measure, string value, string numerator, string denominator, SuppressionReason valueSuppression, SuppressionReason numeratorSuppression, SuppressionReason denominatorSuppression)
    {
        Id = id;
        Measure = measure;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        ValueSuppression = valueSuppression;
        NumeratorSuppression = numeratorSuppression;
        DenominatorSuppression = denominatorSuppression;
    }

    /// <summary>Gets the indicator id (as <see cref="DerivedIndicator.Id"/>).</summary>
    public string Id { get; }

    /// <summary>Gets what kind of figure the indicator is.</summary>
    public IndicatorMeasure Measure { get; }

    /// <summary>Gets the value: a count as a whole number, a percentage, rate or mean to one decimal place; "c" when suppressed; empty when the derivation has none (a zero denominator, or no population for a rate).</summary>
    public string Value { get; }

    /// <summary>Gets the numerator (for a mean, the sum), "c" when suppressed.</summary>
    public string Numerator { get; }

    /// <summary>Gets the denominator (for a rate, the population aged 0 to 17, which is never suppressed: it is the ONS's published estimate), "c" when suppressed, empty for a count.</summary>
    public string Denominator { get; }

    /// <summary>Gets why the value is suppressed, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason ValueSuppression { get; }

    /// <summary>Gets why the numerator is suppressed, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason NumeratorSuppression { get; }

    /// <summary>Gets why the denominator is suppressed, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason DenominatorSuppression { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " = " + (Value.Length == 0 ? "none" : Value) + " (" + Numerator + " / " + Denominator + ")";
}
