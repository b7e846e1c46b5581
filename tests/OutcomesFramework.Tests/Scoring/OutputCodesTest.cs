using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using OutcomesFramework.Scoring.Treatment;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The codes the outputs write for each enumeration are exactly one of the vocabularies the published JSON Schemas
/// declare: one code per member, no two members sharing one, none the schema does not know.
/// </summary>
public sealed class OutputCodesTest
{
    private static readonly List<string[]> Vocabularies = new[] { "scorecard", "framework", "overlay" }
        .SelectMany(name => Enums(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", name + ".schema.json"))).RootElement))
        .ToList();

    private static IEnumerable<string[]> Enums(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name == "enum")
                {
                    yield return p.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray();
                }
                foreach (var inner in Enums(p.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var inner in e.EnumerateArray().SelectMany(Enums))
            {
                yield return inner;
            }
        }
    }

    private static void IsAVocabulary<T>(Func<T, string?> code, params T[] members)
        where T : struct, Enum
    {
        var codes = (members.Length > 0 ? members : Enum.GetValues(typeof(T)).Cast<T>()).Select(code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        var set = new HashSet<string?>(codes, StringComparer.Ordinal);
        Assert.True(Vocabularies.Any(v => set.SetEquals(v)), typeof(T).Name + ": " + string.Join(", ", codes) + " is no schema's vocabulary");
    }

    [Fact]
    public void EachEnumeration_WritesExactlyASchemaVocabulary()
    {
        IsAVocabulary<PeriodKind>(ScorecardJson.PeriodKindCode);
        IsAVocabulary<MeasureKind>(ScorecardJson.MeasureCode);
        // The methods a scorecard interval can have: Wilson, Byars or exact Poisson from the engine, Student's t or
        // supplied from the data (Dobson, DeLong and bootstrap intervals belong to other statistics).
        IsAVocabulary(ScorecardJson.MethodCode, IntervalMethod.Supplied, IntervalMethod.Wilson, IntervalMethod.ExactPoisson, IntervalMethod.Byars, IntervalMethod.StudentT);
        IsAVocabulary<ObservationStatus>(s => ScorecardJson.StatusCode(s));
        IsAVocabulary<AggregationMethod>(Describe.Code);
        IsAVocabulary<NormalisationMethod>(Describe.Code);
        IsAVocabulary<Comparator>(Describe.Code);
        IsAVocabulary<NeighbourAverage>(Describe.Code);
        IsAVocabulary<Polarity>(Describe.Code);
        IsAVocabulary<BenchmarkOutcome>(Describe.Code);
        IsAVocabulary<DirectionOfTravel>(Describe.Code);
        IsAVocabulary<TrendDirection>(Describe.Code);
        IsAVocabulary<TargetStatus>(Describe.Code);
        IsAVocabulary<IndicatorRole>(Describe.Code);
        IsAVocabulary<ImputationMethod>(DataTreatment.Code);
        IsAVocabulary<ThinCoverageHandling>(RankingCoverage.Code);
        Assert.Null(ScorecardJson.StatusCode(null));
    }

    [Fact]
    public void Comparison_NamesTheComparatorInWords()
    {
        Assert.Equal("England", Describe.Comparison(Comparator.England, NeighbourAverage.Median));
        Assert.Equal("the region (Inner or Outer London for London boroughs)", Describe.Comparison(Comparator.Region, NeighbourAverage.Mean));
        Assert.Equal("the statistical neighbours' median", Describe.Comparison(Comparator.StatisticalNeighbours, NeighbourAverage.Median));
        Assert.Equal("the statistical neighbours' mean", Describe.Comparison(Comparator.StatisticalNeighbours, NeighbourAverage.Mean));
        Assert.Equal("99.8%", Describe.Level(ConfidenceLevel.FromProbability(0.998)));
        Assert.Equal("95%", Describe.Level(ConfidenceLevel.FromProbability(0.95)));
    }
}
