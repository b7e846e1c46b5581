using System.Linq;
using OutcomesFramework.Evidence;

namespace OutcomesFramework.Docs.Tests;

/// <summary>Compares observations read from the EES files with the England package's, which are built from the same files.</summary>
internal static class PackageData
{
    /// <summary>
    /// Lists each (indicator, period) whose number of observations differs between what was read and the package
    /// (which also holds LAIT measures that no EES file gives, so only the indicators read are compared).
    /// </summary>
    /// <param name="read">The observations read from the EES files.</param>
    /// <param name="package">The England package's observations.</param>
    public static string[] CountDifferences(ObservationSet read, ObservationSet package) =>
        read.IndicatorIds.SelectMany(id => read.Periods(id).Select(p => (id, p)))
            .Where(x => read.CrossSection(x.id, x.p).Length != package.CrossSection(x.id, x.p).Length)
            .Select(x => x.id + " " + x.p)
            .ToArray();
}
