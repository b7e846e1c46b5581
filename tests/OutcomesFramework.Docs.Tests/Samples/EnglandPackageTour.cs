#region sample
using OutcomesFramework.England;
#endregion
using System;
using System.IO;
using System.Linq;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>src/OutcomesFramework.England/README.md: what the England package holds.</summary>
public sealed class EnglandPackageTour
{
    [Fact]
    public void FindsBarnsleyAndItsData()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Ees");

        #region sample
        var england = EnglandData.Default;                 // built lazily, once, from data embedded in this package
        var barnsley = england.Areas.Get("Barnsley");      // any code (370, E08000038, E08000016) or spelling
        var neighbours = england.StatisticalNeighbours.NeighboursOf(barnsley.Code);   // ten, closest first
        var framework = england.Framework;                 // "Every Child Matters (England)": 5 outcomes, 30 aims, 40 indicators
        var observations = england.Observations;           // England, regions and the 153 authorities, every year published
        var ofsted = england.Inspections.LatestOnOrBefore(barnsley.Code, new NodaTime.LocalDate(2025, 3, 31));

        // Your own EES tidy CSVs (newer releases, or a council's own extract), read against the same areas and framework:
        var mine = england.ReadEes(folder);                // e.g. "path/to/ees/folder"
        #endregion

        // Barnsley is 370 (DfE) and E08000016 (ONS); the README's figures are counted here.
        Assert.Same(barnsley, england.Areas.Get("370"));
        Assert.Same(barnsley, england.Areas.Get("E08000016"));
        Assert.Equal(10, neighbours.Length);
        Assert.Equal(5, framework.Outcomes.Length);
        Assert.Equal(30, framework.Outcomes.Sum(o => o.Aims.Length));
        Assert.NotNull(ofsted);
        Assert.NotEmpty(mine.Observations.IndicatorIds);
        Assert.Empty(PackageData.CountDifferences(mine.Observations, observations));
    }
}
