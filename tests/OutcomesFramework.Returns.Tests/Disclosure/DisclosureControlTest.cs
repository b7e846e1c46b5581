using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Returns.Disclosure;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Disclosure;

public sealed class DisclosureControlTest
{
    [Fact]
    public void SmallCountsAndTheirPartnersAreSuppressed()
    {
        // Row 1: 3 is below 6 (primary); the row total 23 would give it away, so the smallest other cell (20) goes too.
        var t = DisclosureControl.Suppress(new[] { new long[] { 3, 20 }, new long[] { 40, 50 } });
        Assert.Equal(new[] { "c", "c", "23" }, t[0]);
        // The column partners: 40 then 50 are suppressed so neither column is a single unknown.
        Assert.Equal(new[] { "c", "c", "90" }, t[1]);
        Assert.Equal(new[] { "43", "70" }, t[2]);
    }

    [Fact]
    public void NoSuppressedCellCanBeWorkedOutFromATotal()
    {
        Prop.ForAll(Gen.Choose(1, 4).Two().SelectMany(d => Gen.Choose(0, 30).Select(v => (long)v).ArrayOf(d.Item2).ArrayOf(d.Item1)).ToArbitrary(), rows =>
        {
            var table = DisclosureControl.Suppress(rows);
            var r = rows.Length;
            var c = rows[0].Length;
            // Primary: every count from 1 to 5 is suppressed.
            var primary = Enumerable.Range(0, r).All(i => Enumerable.Range(0, c).All(j => rows[i][j] is < 1 or > 5 || table[i][j] == "c"));
            // Secondary: no row (cells + total) or column (cells + total) has exactly one suppressed entry.
            var rowsOk = Enumerable.Range(0, r).All(i => table[i].Count(x => x == "c") != 1);
            var colsOk = Enumerable.Range(0, c).All(j => Enumerable.Range(0, r + 1).Count(i => table[i][j] == "c") != 1);
            // Published cells are the true counts.
            var honest = Enumerable.Range(0, r).All(i => Enumerable.Range(0, c).All(j => table[i][j] == "c" || table[i][j] == rows[i][j].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return primary && rowsOk && colsOk && honest;
        }).QuickCheckThrowOnFailure();
    }
}
