using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

[JsonSourceGenerationOptions(WriteIndented = true, IndentSize = 2, NewLine = "\n", DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScorecardDto))]
[JsonSerializable(typeof(List<ScorecardDto>))]
[JsonSerializable(typeof(LeagueDto))]
internal sealed partial class ScorecardJsonContext : JsonSerializerContext
{
}
