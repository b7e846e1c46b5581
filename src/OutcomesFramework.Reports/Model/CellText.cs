namespace OutcomesFramework.Reports.Model;

/// <summary>A score and its evidence coverage as printed in a table cell; <see cref="Sufficient"/> is false for "insufficient evidence".</summary>
internal sealed record CellText(string Score, string Coverage, bool Sufficient);
