using System;
using Xunit;

namespace OutcomesFramework.Architecture.Tests;

/// <summary>The table reader and the cycle finder, on small hand-written tables, so the architecture test can fail.</summary>
public sealed class DependencyTableParseTest
{
    private const string Doc = "# x\n\n## Allowed dependencies\n\n| namespace | may use |\n|---|---|\n| `OutcomesFramework` | — |\n"
        + "| `Periods` | `OutcomesFramework` |\n| `Scoring` | `Periods`, `OutcomesFramework` |\n\n## Next\n| `Ignored` | `Periods` |\n";

    [Fact]
    public void Parse_ReadsOnlyTheSectionsRows()
    {
        var table = DependencyTable.Parse(Doc);
        Assert.Equal(3, table.Rows.Count);
        Assert.True(table.Allows("Scoring", "Periods"));
        Assert.False(table.Allows("Periods", "Scoring"));
        Assert.Empty(table.Rows["OutcomesFramework"]);
        Assert.Null(DependencyTable.FindCycle(table.Rows));
    }

    [Fact]
    public void FindCycle_BackEdge_ReturnsThePath()
    {
        var table = DependencyTable.Parse(Doc.Replace("| `Periods` | `OutcomesFramework` |", "| `Periods` | `Scoring` |", StringComparison.Ordinal));
        Assert.Equal(new[] { "Periods", "Scoring", "Periods" }, DependencyTable.FindCycle(table.Rows));
    }

    [Fact]
    public void Parse_UnknownTargetOrDuplicateRowOrNoSection_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => DependencyTable.Parse(Doc.Replace("`Periods`, `OutcomesFramework`", "`Evidence`", StringComparison.Ordinal)));
        Assert.Throws<InvalidOperationException>(() => DependencyTable.Parse(Doc.Replace("| `Scoring` |", "| `Periods` |", StringComparison.Ordinal)));
        Assert.Throws<InvalidOperationException>(() => DependencyTable.Parse("# no table"));
    }
}
