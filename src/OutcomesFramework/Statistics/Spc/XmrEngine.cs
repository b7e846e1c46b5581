using System;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The XmR calculation on reusable arrays: one engine computes many series one after another without allocating
/// (the batch path), and the single-series path reads its state to build an <see cref="XmrChart"/>. Missing values
/// are NaN inside. Not thread-safe.
/// </summary>
internal sealed class XmrEngine
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

        // One pass: moving ranges for the whole segment, sums over the baseline.
        var sum = 0.0;
        var count = 0;
        var rangeSum = 0.0;
        var ranges = 0;
        movingRange[start] = double.NaN;
        movingRangeUsed[start] = false;
        var first = values[start];
        if (!double.IsNaN(first) && start < limitEnd)
        {
            sum = first;
            count = 1;
        }
        for (var i = start + 1; i < end; i++)
        {
            var value = values[i];
            // NaN when either value is missing: a gap is not bridged.
            var range = Math.Abs(value - values[i - 1]);
            movingRange[i] = range;
            var inBaseline = i < limitEnd;
            var hasRange = inBaseline && !double.IsNaN(range);
            movingRangeUsed[i] = useAll && hasRange;
            if (inBaseline && !double.IsNaN(value))
            {
                sum += value;
                count++;
            }
            if (hasRange)
            {
                rangeSum += range;
                ranges++;
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
            var end = segmentStart[s] + segmentCount[s];
            for (var i = segmentStart[s]; i < end; i++)
            {
                var value = values[i];
                segmentOf[i] = s;
                // Written without branches: on real data the side of the mean is a coin toss for the predictor.
                side[i] = (sbyte)((value > mean ? 1 : 0) - (value < mean ? 1 : 0));
                // With undefined limits (NaN) every comparison is false: no limit or two-in-three signal.
                var above = limitsShown & value > upper;
                var below = limitsShown & value < lower;
                var outside = (above ? AboveUpper : 0) | (below ? BelowLower : 0);
                signals[i] = (byte)outside;
                var beyond = limitsShown & (value > upperTwoSigma | value < lowerTwoSigma) & (countsBeyondLimits | outside == 0);
                beyondTwoSigma[i] = beyond;
                beyondCount += beyond ? 1 : 0;
                anySignal |= outside;
            }
        }
        beyondTwoSigmaCount = beyondCount;
        anySignals = anySignal != 0;
    }

    private void ApplyRules()
    {
        ApplyRule(SpcRules.Shift);
        ApplyRule(SpcRules.Trend);
        // Two in three needs at least two points beyond a 2-sigma line; most charts have fewer.
        if (beyondTwoSigmaCount >= 2)
        {
            ApplyRule(SpcRules.TwoInThree);
        }
    }

    /// <summary>Applies one rule over the whole chart when it crosses recalculations, else segment by segment.</summary>
    private void ApplyRule(SpcRules rule)
    {
        if ((Options.RulesCrossingRecalculation & rule) != 0)
        {
            ApplyRule(rule, 0, Count);
            return;
        }
        for (var s = 0; s < SegmentCount; s++)
        {
            ApplyRule(rule, segmentStart[s], segmentCount[s]);
        }
    }

    private void ApplyRule(SpcRules rule, int start, int length)
    {
        switch (rule)
        {
            case SpcRules.Shift:
                if (SpecialCauseRules.ShiftEnds(side.AsSpan(start, length), Options.ShiftPoints, ends.AsSpan(start, length)))
                {
                    SpecialCauseRules.MarkPartOf(ends.AsSpan(start, length), Options.ShiftPoints, signals.AsSpan(start, length), ShiftAbove, ShiftBelow);
                    anySignals = true;
                }
                break;
            case SpcRules.Trend:
                if (SpecialCauseRules.TrendEnds(values.AsSpan(start, length), Options.TrendPoints, ends.AsSpan(start, length)))
                {
                    SpecialCauseRules.MarkPartOf(ends.AsSpan(start, length), Options.TrendPoints, signals.AsSpan(start, length), TrendUp, TrendDown);
                    anySignals = true;
                }
                break;
            default:
                SpecialCauseRules.TwoInThreeWindows(beyondTwoSigma.AsSpan(start, length), side.AsSpan(start, length), inWindow.AsSpan(start, length));
                for (var i = start; i < start + length; i++)
                {
                    if (inWindow[i] && beyondTwoSigma[i])
                    {
                        signals[i] |= side[i] > 0 ? TwoAbove : TwoBelow;
                        anySignals = true;
                    }
                }
                break;
        }
    }

    private void FindMissingInTrendWindows()
    {
        if ((Options.RulesCrossingRecalculation & SpcRules.Trend) != 0)
        {
            FindMissingInTrendWindow(0, Count);
            return;
        }
        for (var s = 0; s < SegmentCount; s++)
        {
            FindMissingInTrendWindow(segmentStart[s], segmentCount[s]);
        }
    }

    /// <summary>
    /// Records the first missing value NHSRplotthedots 0.2.2 would stop on: a trend window (trend length − 1 steps)
    /// holding a missing step while every other step rises, or every other step falls. Its <c>if (all(d == 1))</c>
    /// meets NA there and fails with "missing value where TRUE/FALSE needed".
    /// </summary>
    private void FindMissingInTrendWindow(int start, int length)
    {
        var moves = Options.TrendPoints - 1;
        var risesOrGaps = 0;
        var fallsOrGaps = 0;
        var lastGap = int.MinValue;
        // One pass: the window of `moves` steps ending at step k has only rises and gaps when the run of such steps
        // ending at k is that long (likewise falls), and holds a gap when the last gap is inside it.
        for (var k = start + 1; k < start + length; k++)
        {
            var change = values[k] - values[k - 1];
            var gap = double.IsNaN(change);
            risesOrGaps = (risesOrGaps + 1) * (gap | change > 0 ? 1 : 0);
            fallsOrGaps = (fallsOrGaps + 1) * (gap | change < 0 ? 1 : 0);
            lastGap = gap ? k : lastGap;
            var windowStart = k - moves + 1;
            if (windowStart > start && lastGap >= windowStart && (risesOrGaps >= moves || fallsOrGaps >= moves))
            {
                var firstGap = windowStart;
                while (!double.IsNaN(values[firstGap]) && !double.IsNaN(values[firstGap - 1]))
                {
                    firstGap++;
                }
                firstGap = double.IsNaN(values[firstGap - 1]) ? firstGap - 1 : firstGap;
                if (FirstMissingInTrendWindow < 0 || firstGap < FirstMissingInTrendWindow)
                {
                    FirstMissingInTrendWindow = firstGap;
                }
                return;
            }
        }
    }

    private void Decide()
    {
        var n = Count;
        // Most points are common cause (0 in both arrays): clear, then decide only the flagged points.
        labels.AsSpan(0, n).Clear();
        variations.AsSpan(0, n).Clear();
        improvementCount = 0;
        concernCount = 0;
        neitherCount = 0;
        if (!anySignals)
        {
            return;
        }
        var precedence = Options.ConflictResolution == ConflictResolution.Precedence;
        var trendCrosses = (Options.RulesCrossingRecalculation & SpcRules.Trend) != 0;
        if (precedence)
        {
            for (var i = 0; i < n; i++)
            {
                partOfTrend[i] = (signals[i] & TrendMask) != 0;
            }
        }
        for (var i = 0; i < n; i++)
        {
            var flags = signals[i];
            if (flags == 0)
            {
                continue;
            }
            bool high;
            if (precedence)
            {
                var s = segmentOf[i];
                var start = trendCrosses ? 0 : segmentStart[s];
                var end = trendCrosses ? n : segmentStart[s] + segmentCount[s];
                var label = SpecialCauseRules.Label(
                    i, start, end, values, side[i], (flags & LimitMask) != 0, partOfTrend,
                    (flags & TwoMask) != 0, (flags & ShiftMask) != 0);
                labels[i] = label;
                high = IsHighLabel(label);
            }
            else
            {
                high = HighWins(flags);
                labels[i] = LabelOnSide(flags, high);
            }
            var variation = FromSide(high, Direction);
            variations[i] = variation;
            switch (variation)
            {
                case Variation.ImprovementHigh or Variation.ImprovementLow: improvementCount++; break;
                case Variation.ConcernHigh or Variation.ConcernLow: concernCount++; break;
                default: neitherCount++; break;
            }
        }
    }

    private bool HighWins(byte flags)
    {
        var high = (flags & HighMask) != 0;
        var low = (flags & LowMask) != 0;
        if (!(high && low))
        {
            return high;
        }
        return Direction switch
        {
            ImprovementDirection.Increase => Options.ConflictResolution == ConflictResolution.ImprovementWins,
            ImprovementDirection.Decrease => Options.ConflictResolution == ConflictResolution.ConcernWins,
            // With no direction NHS England's variation icon tests the high side first.
            _ => true,
        };
    }

    private static SpecialCauseType LabelOnSide(byte flags, bool high)
    {
        if (high)
        {
            return (flags & AboveUpper) != 0 ? SpecialCauseType.AboveUpperLimit
                : (flags & TrendUp) != 0 ? SpecialCauseType.TrendIncreasing
                : (flags & TwoAbove) != 0 ? SpecialCauseType.TwoInThreeAbove
                : SpecialCauseType.ShiftAbove;
        }
        return (flags & BelowLower) != 0 ? SpecialCauseType.BelowLowerLimit
            : (flags & TrendDown) != 0 ? SpecialCauseType.TrendDecreasing
            : (flags & TwoBelow) != 0 ? SpecialCauseType.TwoInThreeBelow
            : SpecialCauseType.ShiftBelow;
    }

    private static bool IsHighLabel(SpecialCauseType label) => label is SpecialCauseType.AboveUpperLimit
        or SpecialCauseType.TrendIncreasing or SpecialCauseType.TwoInThreeAbove or SpecialCauseType.ShiftAbove;

    internal static Variation FromSide(bool high, ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => high ? Variation.ImprovementHigh : Variation.ConcernLow,
        ImprovementDirection.Decrease => high ? Variation.ConcernHigh : Variation.ImprovementLow,
        _ => high ? Variation.NeitherHigh : Variation.NeitherLow,
    };

    private void CollectWarnings()
    {
        var n = Count;
        var warnings = SpcWarningKinds.None;
        if (!LimitsShown)
        {
            warnings |= SpcWarningKinds.TooFewPoints;
        }
        if (MissingCount > 0)
        {
            warnings |= SpcWarningKinds.MissingValues;
        }
        if (FirstMissingInTrendWindow >= 0)
        {
            warnings |= SpcWarningKinds.MissingValueInTrendWindow;
        }
        for (var s = 0; s < SegmentCount; s++)
        {
            if (segmentCount[s] < Options.ShortSegmentPoints)
            {
                warnings |= SpcWarningKinds.ShortSegment;
            }
            if (segmentLimitCount[s] < segmentCount[s] && segmentLimitCount[s] < Options.ShortSegmentPoints)
            {
                warnings |= SpcWarningKinds.ShortBaseline;
            }
            if (LimitsShown && double.IsNaN(segmentAverageMovingRange[s]))
            {
                warnings |= SpcWarningKinds.LimitsUndefined;
            }
        }

        if (LimitsShown && n > 0)
        {
            var iconPoint = n - 1;
            if (Options.VariationIconSkipsMissingLastPoint)
            {
                while (iconPoint >= 0 && double.IsNaN(values[iconPoint]))
                {
                    iconPoint--;
                }
            }
            if (iconPoint >= 0)
            {
                IconPoint = iconPoint;
                VariationIcon = variations[iconPoint];
                var flags = signals[iconPoint];
                if (Direction != ImprovementDirection.Neither && (flags & HighMask) != 0 && (flags & LowMask) != 0)
                {
                    warnings |= SpcWarningKinds.VariationIconConflict;
                }
            }
        }

        if (!double.IsNaN(Target))
        {
            if (LimitsShown && n > 0 && Direction != ImprovementDirection.Neither)
            {
                var s = segmentOf[n - 1];
                AssuranceIcon = Assurance(Target, segmentLower[s], segmentUpper[s], Direction, Options.AssuranceComparison);
            }
            if (AssuranceIcon is null)
            {
                warnings |= SpcWarningKinds.NoAssurance;
            }
        }
        Warnings = warnings;
    }

    /// <summary>The assurance icon for a target against limits; null when either limit is NaN or there is no direction.</summary>
    internal static AssuranceIcon? Assurance(double target, double lower, double upper, ImprovementDirection direction, AssuranceComparison comparison)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || double.IsNaN(target) || direction == ImprovementDirection.Neither)
        {
            return null;
        }
        var inclusive = comparison == AssuranceComparison.Inclusive;
        var beyondUpper = inclusive ? target >= upper : target > upper;
        var beyondLower = inclusive ? target <= lower : target < lower;
        if (beyondUpper)
        {
            // A target above the upper limit is out of reach when higher is better, and always met when lower is.
            return direction == ImprovementDirection.Increase ? Spc.AssuranceIcon.Fail : Spc.AssuranceIcon.Pass;
        }
        if (beyondLower)
        {
            return direction == ImprovementDirection.Increase ? Spc.AssuranceIcon.Pass : Spc.AssuranceIcon.Fail;
        }
        return Spc.AssuranceIcon.HitOrMiss;
    }

    /// <summary>Fills a summary of the last run, and, when given room, each point's variation.</summary>
    internal XmrSummary Summarise(Span<Variation> pointVariations)
    {
        if (!pointVariations.IsEmpty)
        {
            variations.AsSpan(0, Count).CopyTo(pointVariations);
        }
        double? mean = null, lower = null, upper = null;
        if (Count > 0)
        {
            var s = segmentOf[Count - 1];
            mean = Nullable(segmentMean[s]);
            if (LimitsShown)
            {
                lower = Nullable(segmentLower[s]);
                upper = Nullable(segmentUpper[s]);
            }
        }
        return new XmrSummary(
            Count, MissingCount, SegmentCount, mean, lower, upper, VariationIcon, AssuranceIcon,
            Count - improvementCount - concernCount - neitherCount, improvementCount, concernCount, neitherCount, Warnings);
    }

    internal static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}
