using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// How one number on a scorecard was made: what it is (<see cref="Label"/>), its value, the method and parameters
/// that made it, the inputs it was made from, and the explanations of the numbers it was made from
/// (<see cref="Children"/>). A scorecard's explanation is a tree with the overall score at the root, outcomes below
/// it, and indicators below those.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Explanation
{
    /// <summary>Creates a node.</summary>
    /// <param name="label">What the number is, for example "Stay safe: outcome score".</param>
    /// <param name="value">The number as text (culture-invariant), or "none" with the reason in the inputs.</param>
    /// <param name="method">How it was made, or null for a plain input.</param>
    /// <param name="inputs">What it was made from.</param>
    /// <param name="children">The explanations of the numbers it was made from.</param>
    /// <exception cref="ArgumentException">The label is blank.</exception>
    /// <exception cref="ArgumentNullException">The label or value is null.</exception>
    public Explanation(string label, string value, string? method = null, IEnumerable<ExplanationInput>? inputs = null, IEnumerable<Explanation>? children = null)
    {
        Label = Preconditions.CheckNotBlank(label, nameof(label));
        Value = Preconditions.CheckNotNull(value, nameof(value));
        Method = string.IsNullOrWhiteSpace(method) ? null : method;
        Inputs = inputs is null ? ImmutableArray<ExplanationInput>.Empty : inputs.ToImmutableArray();
        Children = children is null ? ImmutableArray<Explanation>.Empty : children.ToImmutableArray();
        Preconditions.CheckNoNullElements(Children, nameof(children));
    }

    /// <summary>Gets what the number is.</summary>
    public string Label { get; }

    /// <summary>Gets the number as text.</summary>
    public string Value { get; }

    /// <summary>Gets how it was made, or null.</summary>
    public string? Method { get; }

    /// <summary>Gets what it was made from.</summary>
    public ImmutableArray<ExplanationInput> Inputs { get; }

    /// <summary>Gets the explanations of the numbers it was made from.</summary>
    public ImmutableArray<Explanation> Children { get; }

    /// <summary>Finds the first node, depth first, whose label starts with <paramref name="labelPrefix"/> (ordinal).</summary>
    /// <param name="labelPrefix">The start of the label.</param>
    /// <returns>The node, or null.</returns>
    public Explanation? Find(string labelPrefix)
    {
        Preconditions.CheckNotNull(labelPrefix, nameof(labelPrefix));
        if (Label.StartsWith(labelPrefix, StringComparison.Ordinal))
        {
            return this;
        }
        foreach (var child in Children)
        {
            var found = child.Find(labelPrefix);
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Returns the tree as indented text, one node per line with its method and inputs beneath it; LF line ends.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var sb = new StringBuilder();
        Write(sb, 0);
        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Label + " = " + Value;

    private void Write(StringBuilder sb, int depth)
    {
        var indent = new string(' ', depth * 2);
        sb.Append(indent).Append(Label).Append(" = ").Append(Value).Append('\n');
        if (Method is not null)
        {
            sb.Append(indent).Append("    method: ").Append(Method).Append('\n');
        }
        foreach (var input in Inputs)
        {
            sb.Append(indent).Append("    ").Append(input.Name).Append(": ").Append(input.Value).Append('\n');
        }
        foreach (var child in Children)
        {
            child.Write(sb, depth + 1);
        }
    }
}
