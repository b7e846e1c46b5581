using System.Collections.Generic;

namespace OutcomesFramework.Reports.Model;

/// <summary>The accountability map of the chosen regime: its roles and the lines between them.</summary>
internal sealed record AccountabilityView(
    string MapName,
    string RegimeName,
    string? Description,
    IReadOnlyList<AccountabilityRoleView> Roles);
