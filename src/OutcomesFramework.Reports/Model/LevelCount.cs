namespace OutcomesFramework.Reports.Model;

/// <summary>How many councils are at an early-warning level.</summary>
internal sealed record LevelCount(string Level, string CssClass, string Count);
