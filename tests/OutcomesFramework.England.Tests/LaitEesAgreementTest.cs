using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OutcomesFramework.England.Lait;
using OutcomesFramework.Evidence.Lait;
using OutcomesFramework.Indicators;
using Xunit;

namespace OutcomesFramework.England.Tests;

/// <summary>
/// Where an EES file and LAIT publish the same measure, the framework keeps one indicator with one value, read from the
/// EES file (it carries numerators and denominators); LAIT's measure then has no indicator of its own. These tests hold
/// that rule and check that the two sources agree wherever both have a figure.
/// </summary>
public sealed class LaitEesAgreementTest
{
    private static readonly Lazy<List<(Indicator Ees, LaitMeasure Lait)>> Pairs = new(() =>
        EnglandData.Default.LaitMeasures.Where(m => m.PublishedAs is not null).Select(m => (m.PublishedAs!, m)).ToList());

    [Fact]
    public void EachSharedMeasure_HasOneIndicator_TheEesOne()
    {
        var data = EnglandData.Default;
        Assert.True(Pairs.Value.Count >= 30, "shared measures: " + Pairs.Value.Count);
        foreach (var (ees, lait) in Pairs.Value)
        {
            // The LAIT measure's own catalogue indicator has no figures: its values are the EES indicator's.
            Assert.Empty(data.Observations.Periods(lait.Indicator.Id));
            Assert.NotEmpty(data.Observations.Periods(ees.Id));
            Assert.Null(LaitReader.KeyOf(ees));
            Assert.DoesNotContain(data.LaitIndicators, i => LaitReader.KeyOf(i) == lait.Key);
            Assert.Contains(ees, data.Framework.Indicators);
        }
    }

    [Fact]
    public void EachSharedMeasure_EesAndLaitAgree_ToThePublishedRoundingWhereBothHaveAFigure()
    {
        var data = EnglandData.Default;
        // Read each shared measure from LAIT's file under the EES indicator's definition (same id, kind and periods).
        var asLait = Pairs.Value.Select(p => p.Ees.WithSource(LaitSource(p.Lait.Key))).ToList();
        using var text = TestData.OpenLait();
        var lait = data.ReadLait(text, asLait).Observations;
        var report = new List<string>();
        foreach (var (ees, _) in Pairs.Value)
        {
            // Both are rounded for publication: LAIT to its table's decimals, EES to the indicator's. Half a unit of the
            // indicator's last decimal on each side, so two figures that round to the same published value always agree.
            var tolerance = Math.Pow(10, -ees.DecimalPlaces);
            int both = 0, differ = 0;
            foreach (var o in lait.Where(o => o.IndicatorId == ees.Id && o.HasValue))
            {
                if (data.Observations.Find(ees.Id, o.AreaCode, o.Period) is { HasValue: true } e)
                {
                    both++;
                    if (Math.Abs(e.Value!.Value - o.Value!.Value) > tolerance + 1e-9)
                    {
                        differ++;
                    }
                }
            }
            if (both == 0 || differ > 0)
            {
                report.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1} figures in both, {2} differ", ees.Id, both, differ));
            }
        }
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    private static IndicatorSource LaitSource(string key) =>
        new("DfE Local Authority Interactive Tool (LAIT)", LaitReader.FileName, new[] { new KeyValuePair<string, string>(LaitReader.KeyColumn, key) }, LaitReader.ValueColumn);
}
