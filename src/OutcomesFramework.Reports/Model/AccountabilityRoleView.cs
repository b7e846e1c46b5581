using System.Collections.Generic;

namespace OutcomesFramework.Reports.Model;

/// <summary>A role of the accountability map, with the lines that go out from it ("reports to X", "scrutinises Y").</summary>
internal sealed record AccountabilityRoleView(string Id, string Name, string Kind, string? StatutoryBasis, IReadOnlyList<string> Lines);
