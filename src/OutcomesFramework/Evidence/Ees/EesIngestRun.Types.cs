using System;
using System.Collections.Generic;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

internal sealed partial class EesIngestRun
{
    /// <summary>An observation read from a row, possibly still waiting for its denominator from another file.</summary>
    private struct Pending
    {
        public int Row;
        public EesIndicatorPlan Indicator;
        public string AreaCode;
        public ReportingPeriod Period;
        public double Value;          // NaN when there is none (yet)
        public double Numerator;      // NaN when unknown
        public double Denominator;    // NaN when unknown
        public ObservationStatus Status;
        public int DenominatorYear;
        public int DenominatorValue;  // index into denominatorValues once resolved
        public bool Dead;             // rejected in phase 2
    }

    /// <summary>A denominator read for a (table, area, year).</summary>
    private struct DenominatorValue
    {
        public int Row;
        public EesDenominatorPlan Plan;
        public string AreaCode;
        public int Year;
        public double Value;
        public ObservationStatus Status;
    }

    private readonly struct Problem
    {
        public Problem(int row, EesRejection rejection)
        {
            Row = row;
            Rejection = rejection;
        }

        public int Row { get; }

        public EesRejection Rejection { get; }
    }

    /// <summary>Counts for one file that are known as soon as a row is read.</summary>
    private sealed class FileTally
    {
        public int Read { get; set; }

        public int RejectedOutright { get; set; }

        public int[] Filtered { get; } = new int[7];

        public Dictionary<(EesFilterReason Reason, string Old, string New, string Name), int> Excluded { get; } = new();

        public Dictionary<string, int> SubRegionRows { get; } = new(StringComparer.Ordinal);

        public HashSet<string> RegionsSeen { get; } = new(StringComparer.Ordinal);

        public void Filter(EesFilterReason reason, int rows = 1) => Filtered[(int)reason] += rows;
    }
}
