namespace OutcomesFramework.Reports.Model;

/// <summary>A label and its printed value: a row of a small table or a term of a description list.</summary>
internal sealed record LabelledValue(string Label, string Value);
