using System.Collections.Immutable;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>
/// One indicator derived from a council's returns, with its definition and the DfE guidance it follows. It holds no
/// child identifiers: <see cref="DerivationResult.ChildLevel"/> gives the children counted, when asked.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DerivedIndicator
{
    internal DerivedIndicator(string id, string name, IndicatorMeasure measure, string definition, string guidance, double? numerator, double? denominator, double? value, ImmutableArray<string> notes)
    {
        Id = id;
        Name = name;
        Measure = measure;
        Definition = definition;
        Guidance = guidance;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        Notes = notes;
    }

    /// <summary>Gets the indicator id (the default framework's id where the framework has the indicator, for example cla-three-placements).</summary>
    public string Id { get; }

    /// <summary>Gets the indicator's name.</summary>
    public string Name { get; }

    /// <summary>Gets what kind of figure it is.</summary>
    public IndicatorMeasure Measure { get; }

    /// <summary>Gets the definition in plain English: who is counted, from which fields, over which dates.</summary>
    public string Definition { get; }

    /// <summary>Gets the DfE guidance the definition follows (publication and methodology).</summary>
    public string Guidance { get; }

    /// <summary>Gets the numerator (for a count, the count; for a mean, the sum), or null.</summary>
    public double? Numerator { get; }

    /// <summary>Gets the denominator (for a rate, the ONS population aged 0 to 17), or null.</summary>
    public double? Denominator { get; }

    /// <summary>Gets the value, or null when it cannot be worked out (a zero denominator, or no population for a rate).</summary>
    public double? Value { get; }

    /// <summary>Gets notes on what was left out and why (counts only, never child identifiers).</summary>
    public ImmutableArray<string> Notes { get; }

    /// <inheritdoc/>
    public override string ToString() => Id + " = " + (Value?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "none") + " (" + Numerator + " / " + Denominator + ")";
}
