using System.IO;
using Xunit;

namespace OutcomesFramework.England.Tests;

/// <summary>Issue 10's budget: the England package, with every LAIT measure and year embedded, stays within 8 MB.</summary>
public sealed class PackageSizeTest
{
    [Fact]
    public void EnglandAssembly_WithItsEmbeddedData_IsAtMost8MB()
    {
        // The package ships this assembly (the snapshot, framework, rule set, reference data and LAIT dictionary are
        // embedded in it) and its XML documentation; the source CSVs and bds_long.csv.gz are not shipped.
        var assembly = new FileInfo(typeof(EnglandData).Assembly.Location);
        var docs = new FileInfo(Path.ChangeExtension(assembly.FullName, ".xml"));
        var bytes = assembly.Length + (docs.Exists ? docs.Length : 0);
        Assert.True(bytes <= 8L * 1024 * 1024, "England package: " + bytes + " bytes.");
    }
}
