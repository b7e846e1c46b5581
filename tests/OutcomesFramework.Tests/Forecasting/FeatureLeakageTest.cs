using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Forecasting;
using OutcomesFramework.Evidence;
using OutcomesFramework.Inspections;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Forecasting;

/// <summary>The leakage guard: features read on a date only what was published by then.</summary>
public sealed class FeatureLeakageTest
{
    private const string Area = "E09000001";

    private static readonly LocalDate Origin = new(2015, 1, 1);

    private static FeatureExtractor Extractor()
    {
        var observations = new List<Observation>();
        for (var year = 2013; year <= 2025; year++)
        {
            observations.Add(new Observation("cla-rate", Area, ReportingPeriod.YearEnding31March(year), 50 + year % 7));
            observations.Add(new Observation("ks2", Area, ReportingPeriod.AcademicYear(year), 30 + year % 5));
            observations.Add(new Observation("turnover", Area, ReportingPeriod.Snapshot(new LocalDate(year, 9, 30)), 10 + year % 3));
        }
        var inspections = new InspectionHistory(new[]
        {
            new Inspection(Area, new LocalDate(2018, 5, 14), new LocalDate(2018, 7, 2), InspectionType.StandardInspection, OfstedGrade.Inadequate, OfstedGrade.Inadequate, OfstedGrade.Inadequate, OfstedGrade.Inadequate),
            new Inspection(Area, new LocalDate(2021, 11, 1), new LocalDate(2022, 1, 10), InspectionType.ShortInspection, OfstedGrade.Good, OfstedGrade.Good, OfstedGrade.Good, OfstedGrade.Good),
            new Inspection(Area, new LocalDate(2024, 3, 4), new LocalDate(2024, 5, 1), InspectionType.StandardInspection, OfstedGrade.RequiresImprovement, OfstedGrade.RequiresImprovement, OfstedGrade.RequiresImprovement, OfstedGrade.RequiresImprovement, OfstedGrade.RequiresImprovement),
        });
        var features = new[] { "cla-rate", "ks2", "turnover" }.SelectMany(i => new[] { EarlyWarningFeature.LatestValue(i), EarlyWarningFeature.Change(i) })
            .Append(EarlyWarningFeature.PreviousJudgement).ToArray();
        return new FeatureExtractor(features, ObservationSet.Create(observations), inspections, PublicationCalendar.England);
    }

    [FsCheck.Xunit.Property]
    public Property MovingTheDateEarlier_OnlyRemovesDataPoints() =>
        Prop.ForAll(Gen.Choose(0, 4000).ToArbitrary(), Gen.Choose(0, 1500).ToArbitrary(), (day, back) =>
        {
            var extractor = Extractor();
            var later = Origin.PlusDays(day);
            var earlier = later.PlusDays(-back);
            return extractor.DataPoints(Area, earlier).IsSubsetOf(extractor.DataPoints(Area, later));
        });

    [Fact]
    public void Features_ReadOnlyWhatWasPublished()
    {
        var extractor = Extractor();
        // Year ending 31 March 2020 is public from 1 December 2020 (8 months + 1 day): the day before, 2019's is the latest.
        var before = extractor.Values(Area, new LocalDate(2020, 11, 30));
        var on = extractor.Values(Area, new LocalDate(2020, 12, 1));
        Assert.Equal(50 + (2019 % 7), before[0]);
        Assert.Equal(50 + (2020 % 7), on[0]);
        Assert.Equal((2020 % 7) - (2019 % 7), on[1]);
        // The 2021 inspection's report came out on 10 January 2022: until then the previous judgement is 2018's.
        Assert.Equal((int)OfstedGrade.Inadequate, extractor.Values(Area, new LocalDate(2022, 1, 9))[6]);
        Assert.Equal((int)OfstedGrade.Good, extractor.Values(Area, new LocalDate(2022, 1, 10))[6]);
        Assert.True(double.IsNaN(extractor.Values(Area, new LocalDate(2018, 7, 1))[6]));
    }

    [Fact]
    public void Feature_NamesRoundTrip()
    {
        foreach (var f in new[] { EarlyWarningFeature.LatestValue("sw-turnover-rate"), EarlyWarningFeature.Change("sw-turnover-rate"), EarlyWarningFeature.PreviousJudgement })
        {
            Assert.Equal(f, EarlyWarningFeature.Parse(f.Name));
        }
        Assert.Throws<System.ArgumentException>(() => EarlyWarningFeature.Parse("sw-turnover-rate:trend"));
    }
}
