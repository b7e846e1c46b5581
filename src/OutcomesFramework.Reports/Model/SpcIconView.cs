namespace OutcomesFramework.Reports.Model;

/// <summary>A Making Data Count icon: a letter in a coloured circle, with the icon's name in words beside it.</summary>
internal sealed record SpcIconView(string Letter, string CssClass, string Name, string Meaning);
