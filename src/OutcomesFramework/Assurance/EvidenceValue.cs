using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>One value a finding was raised on, for example "value" 27.4 or "latest judgement" "Inadequate".</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct EvidenceValue : IEquatable<EvidenceValue>
{
    /// <summary>Creates a numeric value.</summary>
    /// <param name="name">What it is.</param>
    /// <param name="number">The number (finite).</param>
    /// <exception cref="ArgumentException">The name is blank or the number is not finite.</exception>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    public EvidenceValue(string name, double number)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Preconditions.CheckArgument(!double.IsNaN(number) && !double.IsInfinity(number), nameof(number), "Evidence '{0}' is not a finite number.", name);
        Number = number == 0 ? 0.0 : number;
        text = null;
    }

    /// <summary>Creates a text value.</summary>
    /// <param name="name">What it is.</param>
    /// <param name="text">The value as text.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EvidenceValue(string name, string text)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        this.text = Preconditions.CheckNotNull(text, nameof(text));
        Number = null;
    }

    // Numbers are formatted only when asked for: most findings' evidence is never printed.
    private readonly string? text;

    /// <summary>Gets what the value is.</summary>
    public string Name { get; }

    /// <summary>Gets the number, or null for a text value.</summary>
    public double? Number { get; }

    /// <summary>Gets the value as text (a number in its shortest round-trip form, invariant).</summary>
    public string Text => text ?? (Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : string.Empty);

    /// <inheritdoc />
    public bool Equals(EvidenceValue other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Nullable.Equals(Number, other.Number) && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EvidenceValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name), Number, text is null ? 0 : StringComparer.Ordinal.GetHashCode(text));

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(EvidenceValue left, EvidenceValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(EvidenceValue left, EvidenceValue right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Text;
}
