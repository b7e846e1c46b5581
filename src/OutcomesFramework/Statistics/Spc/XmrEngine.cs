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

    private int[] segmentStart = [];
    private int[] segmentCount = [];
    private int[] segmentLimitCount = [];
    private double[] segmentMean = [];
    private double[] segmentAverageMovingRange = [];
    private int[] segmentMovingRangesUsed = [];
    private int[] segmentMovingRangesScreened = [];

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

        var missing = 0;
        for (var i = 0; i < n; i++)
        {
            var value = input[i];
            values[i] = value;
            if (double.IsNaN(value))
            {
                missing++;
            }
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
            for (var i = start; i < end; i++)
            {
                segmentOf[i] = s;
            }
            ComputeLimits(s);
        }

        ClassifyPoints();
        if (LimitsShown)
        {
            ApplyRules();
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
        }
    }

    private void ComputeLimits(int s)
    {
        var start = segmentStart[s];
        var end = start + segmentCount[s];
        var limitEnd = start + segmentLimitCount[s];

        movingRange[start] = double.NaN;
        movingRangeUsed[start] = false;
        for (var i = start + 1; i < end; i++)
        {
            // NaN when either value is missing: a gap is not bridged.
            movingRange[i] = Math.Abs(values[i] - values[i - 1]);
            movingRangeUsed[i] = false;
        }

        var sum = 0.0;
        var count = 0;
        for (var i = start; i < limitEnd; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                sum += values[i];
                count++;
            }
        }
        var mean = count > 0 ? sum / count : double.NaN;
        var averageMovingRange = double.NaN;
        var used = 0;
        var screened = 0;

        if (LimitsShown)
        {
            var rangeSum = 0.0;
            var ranges = 0;
            for (var i = start + 1; i < limitEnd; i++)
            {
                if (!double.IsNaN(movingRange[i]))
                {
                    rangeSum += movingRange[i];
                    ranges++;
                }
            }
            if (ranges > 0)
            {
                var screening = Options.MovingRangeScreening;
                var screenLimit = MovingRangeScreenFactor * (rangeSum / ranges);
                var keptSum = 0.0;
                var meanSum = 0.0;
                var meanCount = 0;
                for (var i = start; i < limitEnd; i++)
                {
                    var range = movingRange[i];
                    var hasRange = i > start && !double.IsNaN(range);
                    var keep = screening switch
                    {
                        MovingRangeScreening.KeepBelowLimit => range < screenLimit,
                        MovingRangeScreening.KeepAtOrBelowLimitAndRecomputeMean => range <= screenLimit,
                        _ => true,
                    };
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
                if (screening == MovingRangeScreening.KeepAtOrBelowLimitAndRecomputeMean && meanCount > 0)
                {
                    mean = meanSum / meanCount;
                }
            }
        }

        segmentMean[s] = mean;
        segmentAverageMovingRange[s] = averageMovingRange;
        segmentMovingRangesUsed[s] = used;
        segmentMovingRangesScreened[s] = screened;
    }

    private void ClassifyPoints()
    {
        var countsBeyondLimits = Options.TwoInThreeCountsBeyondLimits;
        for (var i = 0; i < Count; i++)
        {
            var s = segmentOf[i];
            var value = values[i];
            var mean = segmentMean[s];
            side[i] = value > mean ? (sbyte)1 : value < mean ? (sbyte)-1 : (sbyte)0;
            signals[i] = 0;
            beyondTwoSigma[i] = false;
            if (!LimitsShown)
            {
                continue;
            }
            var averageMovingRange = segmentAverageMovingRange[s];
            // With undefined limits (NaN) every comparison is false: no limit or two-in-three signal.
            var above = value > Upper(mean, averageMovingRange);
            var below = value < Lower(mean, averageMovingRange);
            if (above)
            {
                signals[i] = AboveUpper;
            }
            else if (below)
            {
                signals[i] = BelowLower;
            }
            var beyond = value > UpperTwoSigma(mean, averageMovingRange) || value < LowerTwoSigma(mean, averageMovingRange);
            beyondTwoSigma[i] = beyond && (countsBeyondLimits || !(above || below));
        }
    }

    private void ApplyRules()
    {
        ApplyRule(SpcRules.Shift);
        ApplyRule(SpcRules.Trend);
        ApplyRule(SpcRules.TwoInThree);
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
                SpecialCauseRules.ShiftEnds(side.AsSpan(start, length), Options.ShiftPoints, ends.AsSpan(start, length));
                SpecialCauseRules.MarkPartOf(ends.AsSpan(start, length), Options.ShiftPoints, signals.AsSpan(start, length), ShiftAbove, ShiftBelow);
                break;
            case SpcRules.Trend:
                SpecialCauseRules.TrendEnds(values.AsSpan(start, length), Options.TrendPoints, ends.AsSpan(start, length));
                SpecialCauseRules.MarkPartOf(ends.AsSpan(start, length), Options.TrendPoints, signals.AsSpan(start, length), TrendUp, TrendDown);
                if (MissingCount > 0)
                {
                    FindMissingInTrendWindow(start, length);
                }
                break;
            default:
                SpecialCauseRules.TwoInThreeWindows(beyondTwoSigma.AsSpan(start, length), side.AsSpan(start, length), inWindow.AsSpan(start, length));
                for (var i = start; i < start + length; i++)
                {
                    if (inWindow[i] && beyondTwoSigma[i])
                    {
                        signals[i] |= side[i] > 0 ? TwoAbove : TwoBelow;
                    }
                }
                break;
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
        for (var last = start + moves; last < start + length; last++)
        {
            var rises = 0;
            var falls = 0;
            var gaps = 0;
            var firstGap = -1;
            for (var k = last - moves + 1; k <= last; k++)
            {
                var step = values[k] - values[k - 1];
                if (double.IsNaN(step))
                {
                    gaps++;
                    if (firstGap < 0)
                    {
                        firstGap = double.IsNaN(values[k - 1]) ? k - 1 : k;
                    }
                }
                else if (step > 0)
                {
                    rises++;
                }
                else if (step < 0)
                {
                    falls++;
                }
            }
            if (gaps > 0 && (rises + gaps == moves || falls + gaps == moves))
            {
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
        var precedence = Options.ConflictResolution == ConflictResolution.Precedence;
        var trendCrosses = (Options.RulesCrossingRecalculation & SpcRules.Trend) != 0;
        for (var i = 0; i < n; i++)
        {
            partOfTrend[i] = (signals[i] & TrendMask) != 0;
        }
        for (var i = 0; i < n; i++)
        {
            var flags = signals[i];
            if (flags == 0)
            {
                labels[i] = SpecialCauseType.CommonCause;
                variations[i] = Variation.CommonCause;
                continue;
            }
            if (precedence)
            {
                var s = segmentOf[i];
                var start = trendCrosses ? 0 : segmentStart[s];
                var end = trendCrosses ? n : segmentStart[s] + segmentCount[s];
                var label = SpecialCauseRules.Label(
                    i, start, end, values, side[i], (flags & LimitMask) != 0, partOfTrend,
                    (flags & TwoMask) != 0, (flags & ShiftMask) != 0);
                labels[i] = label;
                variations[i] = FromSide(IsHighLabel(label), Direction);
            }
            else
            {
                var high = HighWins(flags);
                labels[i] = LabelOnSide(flags, high);
                variations[i] = FromSide(high, Direction);
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
                var mean = segmentMean[s];
                var averageMovingRange = segmentAverageMovingRange[s];
                AssuranceIcon = Assurance(Target, Lower(mean, averageMovingRange), Upper(mean, averageMovingRange), Direction, Options.AssuranceComparison);
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
        int common = 0, improvement = 0, concern = 0, neither = 0;
        for (var i = 0; i < Count; i++)
        {
            var variation = variations[i];
            switch (variation)
            {
                case Variation.CommonCause: common++; break;
                case Variation.ImprovementHigh or Variation.ImprovementLow: improvement++; break;
                case Variation.ConcernHigh or Variation.ConcernLow: concern++; break;
                default: neither++; break;
            }
            if (!pointVariations.IsEmpty)
            {
                pointVariations[i] = variation;
            }
        }
        double? mean = null, lower = null, upper = null;
        if (Count > 0)
        {
            var s = segmentOf[Count - 1];
            mean = Nullable(segmentMean[s]);
            if (LimitsShown)
            {
                lower = Nullable(Lower(segmentMean[s], segmentAverageMovingRange[s]));
                upper = Nullable(Upper(segmentMean[s], segmentAverageMovingRange[s]));
            }
        }
        return new XmrSummary(
            Count, MissingCount, SegmentCount, mean, lower, upper, VariationIcon, AssuranceIcon,
            common, improvement, concern, neither, Warnings);
    }

    internal static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}
