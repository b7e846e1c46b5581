using System;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The XmR calculation on reusable arrays: one engine computes many series one after another without allocating
/// (the batch path), and the single-series path reads its state to build an <see cref="XmrChart"/>. Missing values
/// are NaN inside. Not thread-safe.
/// </summary>
internal sealed partial class XmrEngine
{
    /// <summary>Process limits sit 2.66 average moving ranges from the mean (3 / 1.128, rounded as every tool does).</summary>
    internal const double LimitFactor = 2.66;

    /// <summary>2-sigma lines: two thirds of the way to the limits, written as NHSRplotthedots writes it.</summary>
    internal const double TwoSigmaFactor = 2 * (LimitFactor / 3);

    /// <summary>The upper range limit of an mR chart (D4 for n = 2), used to screen large moving ranges.</summary>
    internal const double MovingRangeScreenFactor = 3.267;

    private const byte AboveUpper = (byte)SpcSignals.AboveUpperLimit;
    private const byte BelowLower = (byte)SpcSignals.BelowLowerLimit;
    private const byte ShiftAbove = (byte)SpcSignals.ShiftAbove;
    private const byte ShiftBelow = (byte)SpcSignals.ShiftBelow;
    private const byte TrendUp = (byte)SpcSignals.TrendIncreasing;
    private const byte TrendDown = (byte)SpcSignals.TrendDecreasing;
    private const byte TwoAbove = (byte)SpcSignals.TwoInThreeAbove;
    private const byte TwoBelow = (byte)SpcSignals.TwoInThreeBelow;
    private const byte HighMask = (byte)SpcSignals.High;
    private const byte LowMask = (byte)SpcSignals.Low;
    private const byte TrendMask = TrendUp | TrendDown;
    private const byte LimitMask = AboveUpper | BelowLower;
    private const byte TwoMask = TwoAbove | TwoBelow;
    private const byte ShiftMask = ShiftAbove | ShiftBelow;

    private double[] values = [];
    private double[] movingRange = [];
    private bool[] movingRangeUsed = [];
    private int[] segmentOf = [];
    private sbyte[] side = [];
    private byte[] signals = [];
    private bool[] beyondTwoSigma = [];
    private bool[] inWindow = [];
    private bool[] partOfTrend = [];
    private sbyte[] ends = [];
    private SpecialCauseType[] labels = [];
    private Variation[] variations = [];
    private int beyondTwoSigmaCount;
    private bool anySignals;
    private int improvementCount;
    private int concernCount;
    private int neitherCount;

    private int[] segmentStart = [];
    private int[] segmentCount = [];
    private int[] segmentLimitCount = [];
    private double[] segmentMean = [];
    private double[] segmentAverageMovingRange = [];
    private int[] segmentMovingRangesUsed = [];
    private int[] segmentMovingRangesScreened = [];
    private double[] segmentLower = [];
    private double[] segmentUpper = [];
    private double[] segmentLowerTwoSigma = [];
    private double[] segmentUpperTwoSigma = [];

    internal XmrEngine(SpcOptions options) => Options = options;

    internal SpcOptions Options { get; }

    internal int Count { get; private set; }

    internal int SegmentCount { get; private set; }

    internal int MissingCount { get; private set; }

    internal bool LimitsShown { get; private set; }

    internal ImprovementDirection Direction { get; private set; }

    internal double Target { get; private set; }

    internal int IconPoint { get; private set; }

    internal Variation? VariationIcon { get; private set; }

    internal AssuranceIcon? AssuranceIcon { get; private set; }

    internal SpcWarningKinds Warnings { get; private set; }

    /// <summary>The first missing point inside a trend window NHSRplotthedots would stop on, or −1.</summary>
    internal int FirstMissingInTrendWindow { get; private set; }

    internal int BaselinePoints { get; private set; }

    internal ReadOnlySpan<double> Values => values.AsSpan(0, Count);

    internal double MovingRange(int i) => movingRange[i];

    internal bool MovingRangeUsed(int i) => movingRangeUsed[i];

    internal int SegmentOf(int i) => segmentOf[i];

    internal sbyte SideOfMean(int i) => side[i];

    internal SpcSignals Signals(int i) => (SpcSignals)signals[i];

    internal SpecialCauseType Label(int i) => labels[i];

    internal Variation VariationOf(int i) => variations[i];

    internal int SegmentStart(int s) => segmentStart[s];

    internal int SegmentPointCount(int s) => segmentCount[s];

    internal int SegmentLimitPointCount(int s) => segmentLimitCount[s];

    internal double SegmentMean(int s) => segmentMean[s];

    internal double SegmentAverageMovingRange(int s) => segmentAverageMovingRange[s];

    internal int SegmentMovingRangesUsed(int s) => segmentMovingRangesUsed[s];

    internal int SegmentMovingRangesScreened(int s) => segmentMovingRangesScreened[s];

    internal static double Lower(double mean, double averageMovingRange) => mean - (LimitFactor * averageMovingRange);

    internal static double Upper(double mean, double averageMovingRange) => mean + (LimitFactor * averageMovingRange);

    internal static double LowerTwoSigma(double mean, double averageMovingRange) => mean - (TwoSigmaFactor * averageMovingRange);

    internal static double UpperTwoSigma(double mean, double averageMovingRange) => mean + (TwoSigmaFactor * averageMovingRange);

    /// <summary>
    /// Computes one chart. <paramref name="input"/> holds the values (NaN = missing); <paramref name="recalculateAt"/>
    /// the 0-based first points of new segments, increasing, each in [1, n − 1]; <paramref name="baselinePoints"/> 0
    /// for none; <paramref name="target"/> NaN for none. Arguments are checked by the caller.
    /// </summary>
    internal void Run(ReadOnlySpan<double> input, ImprovementDirection direction, double target, ReadOnlySpan<int> recalculateAt, int baselinePoints)
    {
        var n = input.Length;
        var ignoreRecalculations = baselinePoints > 0 && Options.BaselineOverridesRecalculation;
        var segments = n == 0 ? 0 : 1 + (ignoreRecalculations ? 0 : recalculateAt.Length);
        EnsureCapacity(n, segments);
        Count = n;
        SegmentCount = segments;
        Direction = direction;
        Target = target;
        BaselinePoints = baselinePoints;
        Warnings = SpcWarningKinds.None;
        FirstMissingInTrendWindow = -1;
        VariationIcon = null;
        AssuranceIcon = null;
        IconPoint = -1;

        input.CopyTo(values);
        var missing = 0;
        for (var i = 0; i < n; i++)
        {
            missing += double.IsNaN(values[i]) ? 1 : 0;
        }
        MissingCount = missing;
        LimitsShown = n - missing >= Options.MinimumPoints;

        for (var s = 0; s < segments; s++)
        {
            var start = s == 0 ? 0 : recalculateAt[s - 1];
            var end = s + 1 < segments ? recalculateAt[s] : n;
            segmentStart[s] = start;
            segmentCount[s] = end - start;
            segmentLimitCount[s] = baselinePoints > 0 ? Math.Min(baselinePoints, end - start) : end - start;
            ComputeLimits(s);
        }

        ClassifyPoints();
        if (LimitsShown)
        {
            ApplyRules();
        }
        if (missing > 0)
        {
            FindMissingInTrendWindows();
        }
        Decide();
        CollectWarnings();
    }

    private void EnsureCapacity(int n, int segments)
    {
        if (values.Length < n)
        {
            var size = Math.Max(n, values.Length * 2);
            values = new double[size];
            movingRange = new double[size];
            movingRangeUsed = new bool[size];
            segmentOf = new int[size];
            side = new sbyte[size];
            signals = new byte[size];
            beyondTwoSigma = new bool[size];
            inWindow = new bool[size];
            partOfTrend = new bool[size];
            ends = new sbyte[size];
            labels = new SpecialCauseType[size];
            variations = new Variation[size];
        }
        if (segmentStart.Length < segments)
        {
            var size = Math.Max(segments, segmentStart.Length * 2);
            segmentStart = new int[size];
            segmentCount = new int[size];
            segmentLimitCount = new int[size];
            segmentMean = new double[size];
            segmentAverageMovingRange = new double[size];
            segmentMovingRangesUsed = new int[size];
            segmentMovingRangesScreened = new int[size];
            segmentLower = new double[size];
            segmentUpper = new double[size];
            segmentLowerTwoSigma = new double[size];
            segmentUpperTwoSigma = new double[size];
        }
    }

    private void ComputeLimits(int s)
    {
        var start = segmentStart[s];
        var end = start + segmentCount[s];
        var limitEnd = start + segmentLimitCount[s];
        var screening = Options.MovingRangeScreening;
        var useAll = LimitsShown && screening == MovingRangeScreening.Off;

        // One pass: moving ranges for the whole segment, sums over the baseline. Local spans spare the loop a field
        // load per array, and unchecked spares it overflow checks: indexes are bounded by the spans, counts by n.
        var sum = 0.0;
        var count = 0;
        var rangeSum = 0.0;
        var ranges = 0;
        var segmentValues = values.AsSpan(start, end - start);
        var ranged = movingRange.AsSpan(start, end - start);
        var rangeUsed = movingRangeUsed.AsSpan(start, end - start);
        var baseline = limitEnd - start;
        ranged[0] = double.NaN;
        rangeUsed[0] = false;
        var previous = segmentValues[0];
        if (!double.IsNaN(previous))
        {
            sum = previous;
            count = 1;
        }
        unchecked
        {
            for (var i = 1; i < segmentValues.Length; i++)
            {
                var value = segmentValues[i];
                // NaN when either value is missing: a gap is not bridged.
                var range = Math.Abs(value - previous);
                previous = value;
                ranged[i] = range;
                var inBaseline = i < baseline;
                var hasRange = inBaseline & !double.IsNaN(range);
                rangeUsed[i] = useAll & hasRange;
                var counted = inBaseline & !double.IsNaN(value);
                sum += counted ? value : 0;
                count += counted ? 1 : 0;
                rangeSum += hasRange ? range : 0;
                ranges += hasRange ? 1 : 0;
            }
        }

        var mean = count > 0 ? sum / count : double.NaN;
        var averageMovingRange = double.NaN;
        var used = 0;
        var screened = 0;
        if (LimitsShown && ranges > 0)
        {
            if (screening == MovingRangeScreening.Off)
            {
                averageMovingRange = rangeSum / ranges;
                used = ranges;
            }
            else
            {
                mean = Screen(start, limitEnd, rangeSum / ranges, mean, ref averageMovingRange, ref used, ref screened);
            }
        }

        segmentMean[s] = mean;
        segmentAverageMovingRange[s] = averageMovingRange;
        segmentMovingRangesUsed[s] = used;
        segmentMovingRangesScreened[s] = screened;
        segmentLower[s] = Lower(mean, averageMovingRange);
        segmentUpper[s] = Upper(mean, averageMovingRange);
        segmentLowerTwoSigma[s] = LowerTwoSigma(mean, averageMovingRange);
        segmentUpperTwoSigma[s] = UpperTwoSigma(mean, averageMovingRange);
    }

    /// <summary>Screens the baseline's moving ranges; returns the mean (recomputed under NHS England's screening).</summary>
    private double Screen(int start, int limitEnd, double averageBefore, double mean, ref double averageMovingRange, ref int used, ref int screened)
    {
        var inclusive = Options.MovingRangeScreening == MovingRangeScreening.KeepAtOrBelowLimitAndRecomputeMean;
        var screenLimit = MovingRangeScreenFactor * averageBefore;
        var keptSum = 0.0;
        var meanSum = 0.0;
        var meanCount = 0;
        for (var i = start; i < limitEnd; i++)
        {
            var range = movingRange[i];
            var hasRange = i > start && !double.IsNaN(range);
            var keep = inclusive ? range <= screenLimit : range < screenLimit;
            if (hasRange)
            {
                if (keep)
                {
                    keptSum += range;
                    used++;
                    movingRangeUsed[i] = true;
                }
                else
                {
                    screened++;
                }
            }
            // NHS England's screening also leaves out of the mean each point whose moving range it dropped.
            if (!double.IsNaN(values[i]) && (!hasRange || keep))
            {
                meanSum += values[i];
                meanCount++;
            }
        }
        averageMovingRange = used > 0 ? keptSum / used : double.NaN;
        return inclusive && meanCount > 0 ? meanSum / meanCount : mean;
    }

    private void ClassifyPoints()
    {
        var countsBeyondLimits = Options.TwoInThreeCountsBeyondLimits;
        var limitsShown = LimitsShown;
        var beyondCount = 0;
        var anySignal = 0;
        for (var s = 0; s < SegmentCount; s++)
        {
            var mean = segmentMean[s];
            var upper = segmentUpper[s];
            var lower = segmentLower[s];
            var upperTwoSigma = segmentUpperTwoSigma[s];
            var lowerTwoSigma = segmentLowerTwoSigma[s];
            var start = segmentStart[s];
            var length = segmentCount[s];
            segmentOf.AsSpan(start, length).Fill(s);
            var segmentValues = values.AsSpan(start, length);
            var sides = side.AsSpan(start, length);
            var flags = signals.AsSpan(start, length);
            var beyondLine = beyondTwoSigma.AsSpan(start, length);
            // unchecked: the narrowing casts are of −1…1 and of flag bytes, the counts bounded by n.
            unchecked
            {
                for (var i = 0; i < segmentValues.Length; i++)
                {
                    var value = segmentValues[i];
                    // Written without branches: on real data the side of the mean is a coin toss for the predictor.
                    sides[i] = (sbyte)((value > mean ? 1 : 0) - (value < mean ? 1 : 0));
                    // With undefined limits (NaN) every comparison is false: no limit or two-in-three signal.
                    var outside = (limitsShown & value > upper ? AboveUpper : 0) | (limitsShown & value < lower ? BelowLower : 0);
                    flags[i] = (byte)outside;
                    var beyond = limitsShown & (value > upperTwoSigma | value < lowerTwoSigma) & (countsBeyondLimits | outside == 0);
                    beyondLine[i] = beyond;
                    beyondCount += beyond ? 1 : 0;
                    anySignal |= outside;
                }
            }
        }
        beyondTwoSigmaCount = beyondCount;
        anySignals = anySignal != 0;
    }
}
