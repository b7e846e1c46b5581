using System;
using System.Linq;
using OutcomesFramework.Scoring.Treatment;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Treatment;

/// <summary>
/// One indicator's column after treatment: which values are imputed (by group mean or median, or carried forward),
/// which are winsorised, the distribution scores are read from, and the note each authority gets, worked by hand.
/// </summary>
public sealed class TreatedColumnTest
{
    private static readonly double NaN = double.NaN;

    [Fact]
    public void GroupMean_FillsFromTheAuthoritysRegion_AndSaysHowManyGaveTheirValue()
    {
        // Region 0: 1, 2, 9 and a gap (mean 4, median 2); region 1: 6 and a gap (one donor).
        var observed = new[] { 9, 1, 2, NaN, 6, NaN };
        var groups = new[] { 0, 0, 0, 0, 1, 1 };
        var mean = TreatedColumn.Apply(DataTreatment.None.WithImputation(ImputationMethod.GroupMean), observed, groups, 2, null, null);
        Assert.Equal(new[] { 9, 1, 2, 4, 6, 6.0 }, mean.Values);
        Assert.Equal(ImputationMethod.GroupMean, mean.Method);
        Assert.True(mean.IsImputed(3) && mean.IsImputed(5));
        Assert.False(mean.IsImputed(0) || mean.IsImputed(4));
        Assert.Equal("imputed: scored on the mean of 3 authorities in the same region (4), not an observed value", mean.NoteOf(3));
        Assert.Equal("imputed: scored on the mean of 1 authority in the same region (6), not an observed value", mean.NoteOf(5));
        Assert.Null(mean.NoteOf(0));
        // The observed values are not changed; the distribution is the treated values, sorted.
        Assert.True(double.IsNaN(observed[3]));
        Assert.Equal(new[] { 1, 2, 4, 6, 6, 9.0 }, mean.Distribution.Sorted);
        Assert.Equal(1, mean.Distribution.Min);
        Assert.Equal(9, mean.Distribution.Max);
        var median = TreatedColumn.Apply(DataTreatment.None.WithImputation(ImputationMethod.GroupMedian), observed, groups, 2, null, null);
        Assert.Equal(2, median.Values[3]);
        Assert.Equal("imputed: scored on the median of 3 authorities in the same region (2), not an observed value", median.NoteOf(3));
    }

    [Fact]
    public void CarryForward_FillsAGapWithTheLastValue_AndNamesItsPeriod()
    {
        var observed = new[] { 5, NaN, NaN, 8.0 };
        var carried = new[] { 1, 7, NaN, 2.0 };
        var from = new[] { "year ending 31 March 2023", "year ending 31 March 2023", null, null };
        var column = TreatedColumn.Apply(DataTreatment.None.WithImputation(ImputationMethod.LastValueCarriedForward), observed, new int[4], 1, carried, from);
        Assert.Equal(new[] { 5, 7, NaN, 8.0 }, column.Values);
        Assert.True(column.IsImputed(1));
        Assert.False(column.IsImputed(0) || column.IsImputed(2) || column.IsImputed(3));
        Assert.Equal("imputed: scored on its last value carried forward (7 from the year ending 31 March 2023), not an observed value for this period", column.NoteOf(1));
        Assert.Null(column.NoteOf(2));
        var unnamed = TreatedColumn.Apply(DataTreatment.None.WithImputation(ImputationMethod.LastValueCarriedForward), observed, new int[4], 1, carried, null);
        Assert.Equal("imputed: scored on its last value carried forward (7), not an observed value for this period", unnamed.NoteOf(1));
        // Without earlier values there is nothing to carry.
        var none = TreatedColumn.Apply(DataTreatment.None.WithImputation(ImputationMethod.LastValueCarriedForward), observed, new int[4], 1, null, null);
        Assert.True(double.IsNaN(none.Values[1]));
        Assert.False(none.IsImputed(1));
    }

    [Fact]
    public void Winsorisation_MovesAnOutlierToTheNextValue_AndSaysWhichWay()
    {
        // 1 … 9 and 100: skewed and heavy-tailed; 100 moves to 9 and then the column passes.
        var high = Enumerable.Range(1, 9).Select(i => (double)i).Append(100).ToArray();
        var column = TreatedColumn.Apply(DataTreatment.Coinr, high, new int[10], 1, null, null);
        Assert.Equal(9, column.Values[9]);
        Assert.False(column.IsImputed(9));
        Assert.Equal("winsorised: scored as 9 rather than 100 (high outlier; skewness and kurtosis thresholds)", column.NoteOf(9));
        Assert.Null(column.NoteOf(8));
        Assert.Equal(9, column.Distribution.Max);
        // The mirror image: −100 moves up to −9.
        var low = high.Select(v => -v).ToArray();
        Assert.Equal("winsorised: scored as -9 rather than -100 (low outlier; skewness and kurtosis thresholds)", TreatedColumn.Apply(DataTreatment.Coinr, low, new int[10], 1, null, null).NoteOf(9));
        // Without winsorisation the outlier stays.
        Assert.Equal(100, TreatedColumn.Apply(DataTreatment.None, high, new int[10], 1, null, null).Values[9]);
    }

    [Fact]
    public void AnImputedOutlier_IsNotedAsBoth()
    {
        // Region 0: 1 … 20; region 1: 200 and a gap, filled with 200; both 200s are then winsorised to 20.
        var observed = Enumerable.Range(1, 20).Select(i => (double)i).Append(200).Append(NaN).ToArray();
        var groups = Enumerable.Repeat(0, 20).Append(1).Append(1).ToArray();
        var column = TreatedColumn.Apply(DataTreatment.Coinr.WithImputation(ImputationMethod.GroupMean), observed, groups, 2, null, null);
        Assert.Equal(20, column.Values[21]);
        // The note gives the imputed value as imputed (200), then what winsorisation made of it.
        Assert.Equal("imputed: scored on the mean of 1 authority in the same region (200), not an observed value; "
            + "winsorised: scored as 20 rather than the imputed 200 (high outlier; skewness and kurtosis thresholds)", column.NoteOf(21));
        Assert.Equal("winsorised: scored as 20 rather than 200 (high outlier; skewness and kurtosis thresholds)", column.NoteOf(20));
    }

    [Fact]
    public void Fill_ReusingItsArrays_ForgetsWhatTheLastColumnMoved()
    {
        // The models' path: the same work arrays for column after column.
        var donors = new int[10];
        var carried = new bool[10];
        var moved = new sbyte[10];
        var first = Enumerable.Range(1, 9).Select(i => (double)i).Append(100).ToArray();
        TreatedColumn.Fill(DataTreatment.Coinr, first, new int[10], 1, null, donors, carried, moved);
        Assert.Equal(-1, moved[9]);
        var second = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        TreatedColumn.Fill(DataTreatment.Coinr, second, new int[10], 1, null, donors, carried, moved);
        Assert.All(moved, m => Assert.Equal(0, m));
        Assert.Equal(10, second[9]);
        // Carrying forward marks what it filled, and only that.
        var third = new[] { NaN, 3, NaN, 4, 5, 6, 7, 8, 9, 10.0 };
        TreatedColumn.Fill(DataTreatment.None.WithImputation(ImputationMethod.LastValueCarriedForward), third, new int[10], 1, Enumerable.Repeat(2.0, 10).ToArray(), donors, carried, moved);
        Assert.Equal(new[] { true, false, true, false, false, false, false, false, false, false }, carried);
        Assert.Equal(2, third[0]);
        // Group imputation counts its donors afresh for each column.
        var gap = new[] { NaN, 1, 2, 3, 4, 5, 6, 7, 8, 9.0 };
        TreatedColumn.Fill(DataTreatment.None.WithImputation(ImputationMethod.GroupMean), gap, new int[10], 1, null, donors, carried, moved);
        Assert.Equal(9, donors[0]);
        var full = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        TreatedColumn.Fill(DataTreatment.None.WithImputation(ImputationMethod.GroupMean), full, new int[10], 1, null, donors, carried, moved);
        Assert.All(donors, d => Assert.Equal(0, d));
    }
}
