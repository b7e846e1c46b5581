using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using OutcomesFramework.Areas;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// One ingest: reads each file once, row by row (phase 1, this file), then resolves denominators from other files,
/// rejects duplicate keys and classifies every row (phase 2, <c>EesIngestRun.Resolve.cs</c>).
/// </summary>
/// <remarks>
/// Rows are classified only at the end because whether a row is used can depend on other rows: its denominator
/// may be in another file, and a duplicate key is only known once every row is read. Duplicates are rejected on
/// every row that carries them, never first-wins, so the result does not depend on row order.
/// </remarks>
internal sealed partial class EesIngestRun
{
    private readonly EesAreaResolver areas;
    private readonly IReadOnlyList<EesFilePlan> files;
    private readonly FileTally[] tallies;

    // Candidate rows (selected, with an area): the file and line of each, and how they fared.
    private readonly List<int> rowFile = new();
    private readonly List<int> rowLine = new();
    private readonly List<Pending> pendings = new();
    private readonly List<DenominatorValue> denominatorValues = new();
    private readonly List<Problem> problems = new();

    public EesIngestRun(EesAreaResolver areas, IReadOnlyList<EesFilePlan> files)
    {
        this.areas = areas;
        this.files = files;
        tallies = new FileTally[files.Count];
        for (var i = 0; i < tallies.Length; i++)
        {
            tallies[i] = new FileTally();
        }
    }

    private enum Level : byte
    {
        Other = 0,
        National = 1,
        Regional = 2,
        LocalAuthority = 3,
    }

    /// <summary>Reads one file: every row is filtered, rejected, or becomes a candidate with pending observations.</summary>
    public void ReadFile(EesFilePlan plan, TextReader text)
    {
        var csv = new CsvRecordReader(text, plan.FileName);
        if (!csv.Read())
        {
            throw new EesFormatException(plan.FileName, null, null, "the file is empty: it has no header row.");
        }
        plan.Bind(csv);
        var tally = tallies[plan.Index];
        var selectedIndicators = new EesIndicatorPlan[plan.Indicators.Count];
        var selectedDenominators = new EesDenominatorPlan[plan.Denominators.Count];
        string? timePeriod = null;
        string? timeIdentifier = null;
        var periodVersion = 0;

        while (csv.Read())
        {
            tally.Read++;
            var line = csv.LineNumber;
            if (csv.FieldCount != plan.HeaderCount)
            {
                RejectRow(plan, line, null, EesRejectionKind.FieldCount, string.Format(CultureInfo.InvariantCulture,
                    "the row has {0} fields but the header has {1}.", csv.FieldCount, plan.HeaderCount));
                continue;
            }
            var level = ParseLevel(csv[plan.GeographicLevel].Trim());
            if (level == Level.Other)
            {
                tally.Filter(EesFilterReason.GeographicLevel);
                continue;
            }
            var indicatorCount = 0;
            foreach (var ip in plan.Indicators)
            {
                if (ip.Filter.Matches(csv))
                {
                    selectedIndicators[indicatorCount++] = ip;
                }
            }
            var denominatorCount = 0;
            foreach (var dp in plan.Denominators)
            {
                if (dp.Filter.Matches(csv))
                {
                    selectedDenominators[denominatorCount++] = dp;
                }
            }
            if (indicatorCount + denominatorCount == 0)
            {
                tally.Filter(EesFilterReason.NotSelected);
                continue;
            }
            var area = ResolveArea(plan, csv, level, tally);
            if (area is null)
            {
                continue; // filtered or rejected, and counted, by ResolveArea
            }

            if (timePeriod is null || !csv[plan.TimePeriod].SequenceEqual(timePeriod.AsSpan()) || !csv[plan.TimeIdentifier].SequenceEqual(timeIdentifier.AsSpan()))
            {
                timePeriod = csv.GetString(plan.TimePeriod);
                timeIdentifier = csv.GetString(plan.TimeIdentifier);
                periodVersion++;
            }
            var row = rowFile.Count;
            rowFile.Add(plan.Index);
            rowLine.Add(line);
            for (var i = 0; i < indicatorCount; i++)
            {
                ReadIndicator(plan, selectedIndicators[i], csv, row, area, periodVersion, timePeriod, timeIdentifier!);
            }
            for (var i = 0; i < denominatorCount; i++)
            {
                ReadDenominator(plan, selectedDenominators[i], csv, row, area);
            }
        }

        // Inner/Outer London rows are never used; the reason depends on whether the file had the region they belong to.
        foreach (var pair in tally.SubRegionRows)
        {
            tally.Filter(tally.RegionsSeen.Contains(pair.Key) ? EesFilterReason.LondonSubRegion : EesFilterReason.LondonSubRegionWithoutLondon, pair.Value);
        }
    }

    private static Level ParseLevel(ReadOnlySpan<char> s) =>
        s.SequenceEqual("Local authority".AsSpan()) ? Level.LocalAuthority
        : s.SequenceEqual("Regional".AsSpan()) ? Level.Regional
        : s.SequenceEqual("National".AsSpan()) ? Level.National
        : Level.Other;

    private void ReadIndicator(EesFilePlan plan, EesIndicatorPlan ip, CsvRecordReader csv, int row, Area area, int periodVersion, string timePeriod, string timeIdentifier)
    {
        var indicator = ip.Indicator;
        if (ip.CachedPeriodVersion != periodVersion)
        {
            ip.CachedPeriodOk = ReportingPeriod.TryParseEes(timePeriod, timeIdentifier, indicator.PeriodKind, indicator.SnapshotMonth, indicator.SnapshotDay, out var p, out var error);
            ip.CachedPeriod = p;
            ip.CachedPeriodError = error;
            ip.CachedPeriodVersion = periodVersion;
        }
        if (!ip.CachedPeriodOk)
        {
            var error = ip.CachedPeriodError ?? "the period is not valid.";
            var column = error.StartsWith("time_identifier", StringComparison.Ordinal) ? "time_identifier" : "time_period";
            AddProblem(row, plan.FileName, csv.LineNumber, column, indicator.Id, EesRejectionKind.BadPeriod, error);
            return;
        }

        var ok = true;
        var value = double.NaN;
        var status = ObservationStatus.Value;
        if (ip.ValueColumn >= 0)
        {
            var kind = EesCells.Parse(csv[ip.ValueColumn], out var number, out var symbol);
            if (kind == CellKind.Number)
            {
                value = number;
            }
            else if (kind == CellKind.Symbol)
            {
                status = symbol;
            }
            else
            {
                CellProblem(plan, csv, row, ip.ValueColumn, ip.Source.ValueColumn!, indicator.Id, kind);
                ok = false;
            }
        }
        ok &= ReadCount(plan, csv, row, ip.NumeratorColumn, ip.Source.NumeratorColumn, indicator.Id, out var numerator, out var numeratorStatus);
        ok &= ReadCount(plan, csv, row, ip.DenominatorColumn, ip.Source.DenominatorColumn, indicator.Id, out var denominator, out var denominatorStatus);
        if (!ok)
        {
            return;
        }

        if (ip.IsDerived)
        {
            // value = numerator ÷ denominator × multiplier; a symbol in either gives the observation that status.
            if (numeratorStatus != ObservationStatus.Value)
            {
                status = numeratorStatus;
            }
            else if (ip.DenominatorColumn >= 0)
            {
                if (denominatorStatus != ObservationStatus.Value)
                {
                    status = denominatorStatus;
                }
                else if (!TryDerive(numerator, denominator, ip.Source.Multiplier, out value))
                {
                    AddProblem(row, plan.FileName, csv.LineNumber, ip.Source.DenominatorColumn, indicator.Id, EesRejectionKind.ZeroDenominator,
                        "the denominator is 0, so " + ip.Source.NumeratorColumn + " ÷ " + ip.Source.DenominatorColumn + " is undefined.");
                    return;
                }
            }
        }

        pendings.Add(new Pending
        {
            Row = row,
            Indicator = ip,
            AreaCode = area.Code,
            Period = ip.CachedPeriod,
            Value = value,
            Numerator = numerator,
            Denominator = denominator,
            Status = status,
            DenominatorYear = ip.DenominatorTable >= 0 ? checked(ip.CachedPeriod.EndYear + ip.Source.DenominatorSource!.YearOffset) : 0,
            DenominatorValue = -1,
        });
    }

    private void ReadDenominator(EesFilePlan plan, EesDenominatorPlan dp, CsvRecordReader csv, int row, Area area)
    {
        if (!EesCells.TryParseEndYear(csv[plan.TimePeriod], out var year))
        {
            AddProblem(row, plan.FileName, csv.LineNumber, "time_period", null, EesRejectionKind.BadPeriod,
                "time_period '" + csv.GetString(plan.TimePeriod) + "' is not 4 digits or 6 digits naming consecutive years (denominator of " + string.Join(", ", dp.ForIndicators) + ").");
            return;
        }
        if (!ReadCount(plan, csv, row, dp.Column, dp.Source.Column, null, out var value, out var status))
        {
            return;
        }
        denominatorValues.Add(new DenominatorValue
        {
            Row = row,
            Plan = dp,
            AreaCode = area.Code,
            Year = year,
            Value = value,
            Status = status,
        });
    }

    /// <summary>Reads a numerator or denominator cell: a number ≥ 0 or a symbol (NaN with the symbol's status).</summary>
    private bool ReadCount(EesFilePlan plan, CsvRecordReader csv, int row, int column, string? columnName, string? indicatorId, out double number, out ObservationStatus status)
    {
        number = double.NaN;
        status = ObservationStatus.Value;
        if (column < 0)
        {
            return true;
        }
        var kind = EesCells.Parse(csv[column], out var parsed, out status);
        if (kind == CellKind.Number)
        {
            if (parsed < 0)
            {
                AddProblem(row, plan.FileName, csv.LineNumber, columnName, indicatorId, EesRejectionKind.NegativeCount,
                    "the count " + parsed.ToString("R", CultureInfo.InvariantCulture) + " is negative.");
                return false;
            }
            number = parsed;
            return true;
        }
        if (kind == CellKind.Symbol)
        {
            return true;
        }
        CellProblem(plan, csv, row, column, columnName!, indicatorId, kind);
        return false;
    }

    private static bool TryDerive(double numerator, double denominator, double multiplier, out double value)
    {
        value = double.NaN;
        if (denominator == 0)
        {
            return false;
        }
        value = numerator / denominator * multiplier;
        return !double.IsInfinity(value) && !double.IsNaN(value);
    }

    private void CellProblem(EesFilePlan plan, CsvRecordReader csv, int row, int column, string columnName, string? indicatorId, CellKind kind)
    {
        var (rejection, reason) = EesCells.Describe(kind, csv[column]);
        AddProblem(row, plan.FileName, csv.LineNumber, columnName, indicatorId, rejection, reason);
    }

    private void RejectRow(EesFilePlan plan, int line, string? column, EesRejectionKind kind, string reason)
    {
        tallies[plan.Index].RejectedOutright++;
        AddProblem(-1, plan.FileName, line, column, null, kind, reason);
    }

    private void AddProblem(int row, string fileName, int line, string? column, string? indicatorId, EesRejectionKind kind, string reason) =>
        problems.Add(new Problem(row, new EesRejection(fileName, line, column, indicatorId, kind, reason)));
}
