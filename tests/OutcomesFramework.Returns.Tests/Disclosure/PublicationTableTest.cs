using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Disclosure;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Disclosure;

/// <summary>Disclosure control on the derived indicators, case by case, the expected figures worked by hand.</summary>
public sealed class PublicationTableTest
{
    /// <summary>Every variable of the model at 40, except those given.</summary>
    private static PublicationTable Publish(long? population, int threshold, params (string Variable, int Count)[] counts)
    {
        var all = PublicationModel.Specs.SelectMany(s => new[] { s.Numerator, s.Denominator }).Where(v => v is not null).Distinct().ToDictionary(v => v!, _ => 40);
        foreach (var (v, c) in counts)
        {
            all[v] = c;
        }
        return PublicationTable.Create(PublicationModel.Result(all, population), threshold);
    }

    private static PublicationTable Publish(params (string Variable, int Count)[] counts) => Publish(200_000, PublicationTable.DefaultThreshold, counts);

    [Fact]
    public void ASmallNumeratorIsSuppressedWithItsComplementAndItsPercentage()
    {
        // 3 of 40 looked after at 31 March had three placements: 3 is 1 to 5 (primary); 40 - 3 = 37 would give it
        // back from the published 40, so the complement is hidden too (not a column, but the numerator is its only
        // other way out); 7.5 % × 40 / 100 = 3 would give it back, so the percentage is c.
        var three = Publish(("three", 3)).Find("cla-three-placements")!;
        Assert.Equal(("c", "c", "40"), (three.Value, three.Numerator, three.Denominator));
        Assert.Equal((SuppressionReason.Primary, SuppressionReason.Primary, SuppressionReason.None), (three.ValueSuppression, three.NumeratorSuppression, three.DenominatorSuppression));
    }

    [Fact]
    public void ASmallComplementHidesTheNumerator()
    {
        // 38 of 40: the numerator is large, but 40 - 38 = 2 (the children without three placements) is 1 to 5, so
        // publishing 38 beside 40 would give 2 away: the numerator is c (secondary), and so is 95.0 %.
        var three = Publish(("three", 38)).Find("cla-three-placements")!;
        Assert.Equal(("c", "c", "40"), (three.Value, three.Numerator, three.Denominator));
        Assert.Equal((SuppressionReason.Secondary, SuppressionReason.Secondary), (three.ValueSuppression, three.NumeratorSuppression));
    }

    [Fact]
    public void ZeroIsPublished()
    {
        // 0 of 40 and 40 of 40: the parts are 0 and 40, neither from 1 to 5, so all is published (0.0 % and 100.0 %).
        var table = Publish(("three", 0), ("lt", 40));
        var three = table.Find("cla-three-placements")!;
        Assert.Equal(("0.0", "0", "40"), (three.Value, three.Numerator, three.Denominator));
        var longTerm = table.Find("cla-long-term-stability")!;
        Assert.Equal(("100.0", "40", "40"), (longTerm.Value, longTerm.Numerator, longTerm.Denominator));
        // A count of 0 is published as 0, and its rate as 0.0 per 10,000.
        var ceased = Publish(("ceased", 0), ("started", 0));
        Assert.Equal(("0", "0", string.Empty), (ceased.Find("cla-ceased")!.Value, ceased.Find("cla-ceased")!.Numerator, ceased.Find("cla-ceased")!.Denominator));
        Assert.Equal(("0.0", "0", "200000"), (ceased.Find("cla-starting-rate")!.Value, ceased.Find("cla-starting-rate")!.Numerator, ceased.Find("cla-starting-rate")!.Denominator));
    }

    [Fact]
    public void ASmallCountIsSuppressedWithItsRate()
    {
        // 5 children started to be looked after: 5 is 1 to 5, so the count is c, and so is its rate
        // (10,000 × 5 / 200,000 = 0.25 per 10,000, which × 200,000 / 10,000 gives 5 back); the population stays.
        var table = Publish(("started", 5));
        var count = table.Find("cla-started")!;
        Assert.Equal(("c", "c", SuppressionReason.Primary), (count.Value, count.Numerator, count.NumeratorSuppression));
        var rate = table.Find("cla-starting-rate")!;
        Assert.Equal(("c", "c", "200000"), (rate.Value, rate.Numerator, rate.Denominator));
        // 6 is published: 10,000 × 6 / 200,000 = 0.3.
        var six = Publish(("started", 6));
        Assert.Equal(("6", "0.3"), (six.Find("cla-started")!.Value, six.Find("cla-starting-rate")!.Value));
    }

    [Fact]
    public void ASmallSharedFigureIsSuppressedWhereverItIsPublished()
    {
        // 4 children looked after at 31 March: the count, its rate's numerator and three placements' denominator are
        // the same 4, so all are c; 0 with three placements is published, but its 0.0 % is c (it is of a c).
        var table = Publish(("n31", 4), ("three", 0));
        Assert.Equal("c", table.Find("cla-at-31-march")!.Numerator);
        Assert.Equal(("c", "c"), (table.Find("cla-rate")!.Value, table.Find("cla-rate")!.Numerator));
        var three = table.Find("cla-three-placements")!;
        Assert.Equal(("c", "0", "c"), (three.Value, three.Numerator, three.Denominator));
        Assert.Equal(SuppressionReason.Primary, three.DenominatorSuppression);
        // 5 care leavers aged 17 to 18, 2 in education, employment or training and 5 in suitable accommodation.
        var leavers = Publish(("cl17", 5), ("eet17", 2), ("acc17", 5));
        Assert.All(new[] { "care-leavers-eet-17-18", "care-leavers-suitable-accommodation-17-18" }, id =>
            Assert.Equal(("c", "c", "c"), (leavers.Find(id)!.Value, leavers.Find(id)!.Numerator, leavers.Find(id)!.Denominator)));
    }

    [Fact]
    public void AMeanOverFewChildrenIsSuppressedWithItsSum()
    {
        // 3 children adopted, 1,203 days in all (401 each): 3 is 1 to 5, so the number, the sum and the mean are c
        // (1,203 / 401 would give 3 back). 6 adopted: 2,406 days, a mean of 401.0.
        var few = Publish(("adopted", 3)).Find("adoption-timeliness")!;
        Assert.Equal(("c", "c", "c"), (few.Value, few.Numerator, few.Denominator));
        var six = Publish(("adopted", 6)).Find("adoption-timeliness")!;
        Assert.Equal(("401.0", "2406", "6"), (six.Value, six.Numerator, six.Denominator));
    }

    [Fact]
    public void ValuesThatCannotBeWorkedOutAreEmpty()
    {
        // No population: the rates have no value and no denominator; a percentage of 0 children has no value.
        var table = Publish(null, PublicationTable.DefaultThreshold, ("lt-den", 0), ("lt", 0), ("cin", 3));
        Assert.Equal((string.Empty, "40", string.Empty), (table.Find("cla-rate")!.Value, table.Find("cla-rate")!.Numerator, table.Find("cla-rate")!.Denominator));
        // A count of 3 with no rate: the numerator is c, the empty value stays empty (there is nothing to hide).
        Assert.Equal((string.Empty, "c", SuppressionReason.None), (table.Find("cin-rate")!.Value, table.Find("cin-rate")!.Numerator, table.Find("cin-rate")!.ValueSuppression));
        var longTerm = table.Find("cla-long-term-stability")!;
        Assert.Equal((string.Empty, "0", "0"), (longTerm.Value, longTerm.Numerator, longTerm.Denominator));
    }

    [Fact]
    public void TheThresholdCanBeChanged()
    {
        // Threshold 11 (1 to 10 suppressed): 8 of 40 is now c; 6 of 40 is published at the DfE's 6.
        Assert.Equal("c", Publish(200_000, 11, ("three", 8)).Find("cla-three-placements")!.Numerator);
        Assert.Equal("6", Publish(200_000, 6, ("three", 6)).Find("cla-three-placements")!.Numerator);
        // Threshold 3 (1 and 2 suppressed): 3 of 40 is published as 7.5 %, a count of 2 is c.
        var three = Publish(200_000, 3, ("three", 3), ("started", 2));
        Assert.Equal(("7.5", "3"), (three.Find("cla-three-placements")!.Value, three.Find("cla-three-placements")!.Numerator));
        Assert.Equal("c", three.Find("cla-started")!.Value);
        // Threshold 2 would suppress only 1s, so a c would read as 1: refused, as is anything under it.
        var one = PublicationModel.Result(new Dictionary<string, int> { ["n31"] = 1 }, null, PublicationModel.Specs.Take(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicationTable.Create(one, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicationTable.Create(one, 0));
    }

    [Fact]
    public void TheCsvHasAFixedHeaderAndARowPerIndicatorWithNoChildIdentifier()
    {
        var table = Publish(("three", 3));
        var csv = table.ToCsv("E08000035");
        var lines = csv.Split('\n');
        Assert.Equal(PublicationTable.CsvHeader, lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(21, lines.Length - 2);
        Assert.DoesNotContain('\r', csv);
        // 10,000 × 40 / 200,000 = 2.0 per 10,000.
        Assert.Contains("cla-rate,E08000035,2025,rate-per-10000,2.0,40,200000", lines);
        Assert.Contains("cla-three-placements,E08000035,2025,percentage,c,c,40", lines);
        Assert.Contains("cla-at-31-march,E08000035,2025,count,40,40,", lines);
        Assert.Contains("adoption-timeliness,E08000035,2025,mean,401.0,16040,40", lines);
        // The model's children are k0, k1, ...: none reaches the table.
        Assert.DoesNotContain("k0", csv, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => table.ToCsv("E0800,0035"));
    }

    [Fact]
    public void TheDerivedFixtureIsPublishedWithItsSmallCountsHidden()
    {
        // The D2I fake 903 sample: every count from 1 to 5 the derivation gives is c in the publication.
        var result = ReturnsDeriver.Derive(TestData.D2i903(), null, new DerivationOptions(100_000));
        var table = PublicationTable.Create(result);
        Assert.Equal(result.Indicators.Select(i => i.Id), table.Indicators.Select(i => i.Id));
        // The sample is a few dozen children, so it has small counts to hide (else this test would check nothing).
        Assert.Contains(result.Indicators, i => i.Numerator is >= 1 and <= 5);
        foreach (var (derived, published) in result.Indicators.Zip(table.Indicators))
        {
            if (derived.Numerator is >= 1 and <= 5 && derived.Measure != IndicatorMeasure.Mean)
            {
                Assert.Equal("c", published.Numerator);
            }
            if (derived.Denominator is >= 1 and <= 5)
            {
                Assert.Equal("c", published.Denominator);
            }
        }
    }
}
