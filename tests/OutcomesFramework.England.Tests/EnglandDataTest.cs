using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.England.Tests;

public sealed class EnglandDataTest
{
    [Fact]
    public async Task Default_FromManyThreads_IsBuiltOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => (EnglandData.Default, EnglandData.Default.Observations, EnglandData.Default.Areas))));
        Assert.All(results, r => Assert.Same(results[0].Default, r.Default));
        Assert.All(results, r => Assert.Same(results[0].Observations, r.Observations));
        Assert.All(results, r => Assert.Same(results[0].Areas, r.Areas));
    }

    [Fact]
    public void ReadEes_AUsersFile_IsMappedOntoTheSameCatalogue()
    {
        // A council's own extract in the EES layout: Barnsley under its earlier ONS code and its DfE code, plus England.
        const string csv =
            "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000\n" +
            "2026,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,12200000,80000,66\n" +
            "2026,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,370,Barnsley,E08000016,Children looked after on 31 March each year,50000,400,80\n" +
            "2026,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,370,Barnsley,E08000016,Children starting to be looked after each year,50000,150,30\n";
        var data = EnglandData.Default;
        var ingest = data.ReadEes(EesFiles.FromText(new Dictionary<string, string> { ["cla_number_and_rate_per_10k_children.csv"] = csv }),
            data.Framework.Indicators.Where(i => i.Id == "cla-rate"));
        var period = ReportingPeriod.YearEnding31March(2026);
        Assert.Equal(80, ingest.Observations.Find("cla-rate", "E08000038", period)!.Value.Value);
        Assert.Equal(66, ingest.Observations.Find("cla-rate", "E92000001", period)!.Value.Value);
        Assert.Equal(3, ingest.Report.RowsRead);
        Assert.Equal(2, ingest.Report.RowsUsed);
        Assert.Equal(1, ingest.Report.RowsFiltered);

        // The user's figures can then take precedence over the published ones.
        var merged = data.Observations.OverriddenBy(ingest.Observations);
        Assert.Equal(80, merged.Find("cla-rate", "E08000038", period)!.Value.Value);
        Assert.Equal(data.Observations.Count + 2, merged.Count);
    }
}
