using System;
using System.Linq;
using OutcomesFramework.England.Internal;
using OutcomesFramework.England.Lait;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Evidence.Lait;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.England.Tests;

public sealed class LaitCatalogueTest
{
    private static EnglandData Data => EnglandData.Default;

    [Fact]
    public void Catalogue_HoldsEveryMeasureOfTheDictionary_WithItsKeyInTheDefinition()
    {
        var dictionary = EmbeddedData.ReadCsv(LaitCatalogue.DictionaryFileName);
        var keys = dictionary.Rows.Select(r => r[dictionary.Column("Measure_short")].Trim()).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(434, keys.Count);
        Assert.Equal(keys.OrderBy(k => k, StringComparer.Ordinal), Data.LaitMeasures.Select(m => m.Key));
        Assert.All(Data.LaitMeasures, m => Assert.Equal(m.Key, LaitReader.KeyOf(m.Indicator)));
        Assert.Equal(Data.LaitMeasures.Length, Data.LaitMeasures.Select(m => m.Indicator.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Catalogue_CarriesLaitsPolarityBandingAndPeriod()
    {
        var fte = Data.FindLaitMeasure("firstyjs")!;   // the key, any case
        Assert.Equal("FirstYJS", fte.Key);
        Assert.Equal(Polarity.LowerIsBetter, fte.Indicator.Polarity);
        Assert.Equal("Youth Offending", fte.Topics.Single());
        Assert.Same(fte, Data.FindLaitMeasure(fte.Indicator.Id));
        Assert.Equal(PeriodKind.ThreeCalendarYears, Data.FindLaitMeasure("RTA")!.Indicator.PeriodKind);
        Assert.Equal(PeriodKind.ThreeFinancialYears, Data.FindLaitMeasure("Hosp_Adm_Alc_<18yrs")!.Indicator.PeriodKind);
        Assert.Equal(PeriodKind.FinancialYear, Data.FindLaitMeasure("AdoptionFinance")!.Indicator.PeriodKind);
        // 21 dictionary rows say No_Quartile = N: those measures are ranked but never banded.
        Assert.Contains(Data.LaitMeasures, m => !m.Indicator.QuartileBanding);
        Assert.Equal(2, Data.FindLaitMeasure("LAC_Unauth")!.Topics.Length);
    }

    [Fact]
    public void WholeFile_EveryRowAccounted_AndOnlyTheYearZeroRowsRejected()
    {
        var file = Data.IngestReport.File(LaitReader.FileName)!;
        Assert.Equal(641_070, file.RowsRead);   // the README's count, and `zcat | wc -l` less the header
        Assert.Equal(file.RowsRead, file.RowsUsed + file.RowsFiltered + file.RowsRejected);
        // The only label that is not a period: the 170 rows of CINPermExclusion with Years = "0" (a defect of the source),
        // less the 5 of those rows that belong to former authorities and are filtered first: 165.
        Assert.Equal(165, file.RowsRejected);
        Assert.All(file.Rejections, r => Assert.Equal(EesRejectionKind.BadPeriod, r.Kind));
        Assert.All(file.Rejections, r => Assert.Contains("'0' is not a period label", r.Reason, StringComparison.Ordinal));
        // Dorset, Poole and Bournemouth before 2019 (835-837), Northamptonshire (928, to 2021) and Cumbria (909, to 2023)
        // are former authorities: filtered and listed.
        Assert.Equal(new[] { "835", "836", "837", "909", "928" }, file.ExcludedAreas.Select(a => a.OldCode));
        Assert.Equal(file.RowsUsed, file.ObservationCount);
    }
}
