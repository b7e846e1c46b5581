namespace OutcomesFramework.Reports.Model;

/// <summary>An icon to draw: its element id, the icon and its kind ("Variation icon", "Assurance icon").</summary>
internal sealed record IconModel(string Id, SpcIconView Icon, string Kind);
