using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Ees;

internal sealed partial class EesIngestRun
{
    /// <summary>Phase 2: denominators, duplicate keys, observations, and the account of every row.</summary>
    public EesIngest Finish()
    {
        var values = denominatorValues.ToArray();
        var denominatorIndex = IndexDenominators(values);
        var items = pendings.ToArray();
        ResolveDenominators(items, values, denominatorIndex);
        RejectImpossibleValues(items);
        RejectDuplicateKeys(items);

        var rowOk = new int[rowFile.Count];
        var denominatorUsed = new bool[values.Length];
        var observationsPerFile = new int[files.Count];
        var builder = new ObservationSet.Builder();
        foreach (ref readonly var p in items.AsSpan())
        {
            if (p.Dead)
            {
                continue;
            }
            rowOk[p.Row]++;
            if (p.DenominatorValue >= 0)
            {
                denominatorUsed[p.DenominatorValue] = true;
            }
            observationsPerFile[rowFile[p.Row]]++;
            builder.Add(new Observation(
                p.Indicator.Indicator.Id,
                p.AreaCode,
                p.Period,
                p.Status == ObservationStatus.Value ? p.Value : null,
                double.IsNaN(p.Numerator) ? null : p.Numerator,
                double.IsNaN(p.Denominator) ? null : p.Denominator,
                p.Status));
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (denominatorUsed[i])
            {
                rowOk[values[i].Row]++;
            }
        }

        var rowProblems = new int[rowFile.Count];
        foreach (var problem in problems)
        {
            if (problem.Row >= 0)
            {
                rowProblems[problem.Row]++;
            }
        }
        var used = new int[files.Count];
        var rejected = new int[files.Count];
        for (var row = 0; row < rowFile.Count; row++)
        {
            var file = rowFile[row];
            if (rowOk[row] > 0)
            {
                used[file]++;
            }
            else if (rowProblems[row] > 0)
            {
                rejected[file]++;
            }
            else
            {
                // Only a denominator row can get here: selected, read cleanly, but nothing asked for it.
                tallies[file].Filter(EesFilterReason.UnusedDenominator);
            }
        }

        var reports = ImmutableArray.CreateBuilder<EesFileReport>(files.Count);
        foreach (var plan in files)
        {
            var tally = tallies[plan.Index];
            var filtered = ImmutableSortedDictionary.CreateBuilder<EesFilterReason, int>();
            for (var r = 0; r < tally.Filtered.Length; r++)
            {
                if (tally.Filtered[r] > 0)
                {
                    filtered.Add((EesFilterReason)r, tally.Filtered[r]);
                }
            }
            var rejections = problems.Where(p => string.Equals(p.Rejection.FileName, plan.FileName, StringComparison.Ordinal))
                .Select(p => p.Rejection).ToList();
            rejections.Sort(EesRejection.Compare);
            var excluded = tally.Excluded
                .OrderBy(e => e.Key.Old, StringComparer.Ordinal).ThenBy(e => e.Key.New, StringComparer.Ordinal).ThenBy(e => e.Key.Name, StringComparer.Ordinal)
                .Select(e => new EesExcludedArea(e.Key.Reason, e.Key.Old, e.Key.New, e.Key.Name, e.Value))
                .ToImmutableArray();
            reports.Add(new EesFileReport(
                plan.FileName,
                EesFileReport.Sorted(plan.Indicators.Select(i => i.Indicator.Id)),
                EesFileReport.Sorted(plan.Denominators.SelectMany(d => d.ForIndicators)),
                tally.Read,
                used[plan.Index],
                tally.RejectedOutright + rejected[plan.Index],
                filtered.ToImmutable(),
                rejections.ToImmutableArray(),
                excluded,
                observationsPerFile[plan.Index]));
        }
        return new EesIngest(builder.ToObservationSet(), new EesIngestReport(reports.MoveToImmutable()));
    }

    /// <summary>Indexes denominators by (table, area, year); a key given twice is ambiguous (-1) and both rows are rejected.</summary>
    private Dictionary<(int Table, string Area, int Year), int> IndexDenominators(DenominatorValue[] values)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var c = values[a].Plan.Table.CompareTo(values[b].Plan.Table);
            if (c == 0)
            {
                c = string.CompareOrdinal(values[a].AreaCode, values[b].AreaCode);
            }
            if (c == 0)
            {
                c = values[a].Year.CompareTo(values[b].Year);
            }
            return c != 0 ? c : values[a].Row.CompareTo(values[b].Row);
        });
        var index = new Dictionary<(int, string, int), int>();
        for (var start = 0; start < order.Length;)
        {
            var first = values[order[start]];
            var end = start + 1;
            while (end < order.Length && values[order[end]].Plan.Table == first.Plan.Table
                && string.Equals(values[order[end]].AreaCode, first.AreaCode, StringComparison.Ordinal) && values[order[end]].Year == first.Year)
            {
                end++;
            }
            var key = (first.Plan.Table, first.AreaCode, first.Year);
            if (end - start == 1)
            {
                index.Add(key, order[start]);
            }
            else
            {
                index.Add(key, -1);
                for (var i = start; i < end; i++)
                {
                    var v = values[order[i]];
                    AddProblem(v.Row, files[rowFile[v.Row]].FileName, rowLine[v.Row], v.Plan.Source.Column, null, EesRejectionKind.DuplicateDenominator,
                        string.Format(CultureInfo.InvariantCulture, "the denominator for {0} in {1} is also given on line {2}, so neither is used.",
                            v.AreaCode, v.Year, OtherLines(order, start, end, i, j => rowLine[values[j].Row])));
                }
            }
            start = end;
        }
        return index;
    }

    private void ResolveDenominators(Pending[] items, DenominatorValue[] values, Dictionary<(int Table, string Area, int Year), int> index)
    {
        for (var i = 0; i < items.Length; i++)
        {
            ref var p = ref items[i];
            var ip = p.Indicator;
            if (ip.DenominatorTable < 0)
            {
                continue;
            }
            var source = ip.Source.DenominatorSource!;
            if (!index.TryGetValue((ip.DenominatorTable, p.AreaCode, p.DenominatorYear), out var found))
            {
                Reject(ref p, source.Column, EesRejectionKind.MissingDenominator, string.Format(CultureInfo.InvariantCulture,
                    "{0} has no {1} for {2} in {3} (the period's year {4} {5} {6}).",
                    source.File, source.Column, p.AreaCode, p.DenominatorYear, p.Period.EndYear, source.YearOffset < 0 ? "−" : "+", Math.Abs(source.YearOffset)));
                continue;
            }
            if (found < 0)
            {
                Reject(ref p, source.Column, EesRejectionKind.DuplicateDenominator, string.Format(CultureInfo.InvariantCulture,
                    "{0} gives {1} for {2} in {3} more than once.", source.File, source.Column, p.AreaCode, p.DenominatorYear));
                continue;
            }
            var d = values[found];
            p.DenominatorValue = found;
            if (d.Status != ObservationStatus.Value)
            {
                // The published population is itself a symbol: a derived value cannot be computed and takes that status.
                if (ip.IsDerived && p.Status == ObservationStatus.Value)
                {
                    p.Status = d.Status;
                }
                continue;
            }
            p.Denominator = d.Value;
            if (ip.IsDerived && p.Status == ObservationStatus.Value)
            {
                if (!TryDerive(p.Numerator, d.Value, ip.Source.Multiplier, out var value))
                {
                    Reject(ref p, source.Column, EesRejectionKind.ZeroDenominator, string.Format(CultureInfo.InvariantCulture,
                        "the denominator for {0} in {1} ({2}) is 0, so the value is undefined.", p.AreaCode, p.DenominatorYear, source.File));
                    continue;
                }
                p.Value = value;
            }
        }
    }

    /// <summary>
    /// Rejects values the indicator's measure cannot take: a proportion outside 0 to its multiplier (0–100 for a
    /// percentage), a negative count, or a proportion whose numerator exceeds its denominator. Such a value is a typing
    /// or export error, and scoring it would rank the council on a figure that cannot be true (250% scored "better").
    /// </summary>
    private void RejectImpossibleValues(Pending[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            ref var p = ref items[i];
            if (p.Dead || p.Status != ObservationStatus.Value)
            {
                continue;
            }
            var indicator = p.Indicator.Indicator;
            var source = p.Indicator.Source;
            var column = source.ValueColumn ?? source.NumeratorColumn;
            var ic = CultureInfo.InvariantCulture;
            switch (indicator.MeasureKind)
            {
                case MeasureKind.Proportion:
                    // A proportion is a part of a whole scaled by its multiplier (100 for a percentage, 1 for a
                    // fraction): anything outside 0 to the multiplier is a typing or export error, or a rate
                    // declared under the wrong kind, and both must be put right rather than scored.
                    var top = indicator.Multiplier;
                    if (!double.IsNaN(p.Value) && (p.Value < 0 || p.Value > top))
                    {
                        Reject(ref p, column, EesRejectionKind.OutOfRange, string.Format(ic,
                            "{0} is not a proportion: {1} is a {2} and must be from 0 to {3}.", p.Value.ToString("R", ic), indicator.Id,
                            top.Equals(100d) ? "percentage" : "proportion", top.ToString("R", ic)));
                    }
                    else if (!double.IsNaN(p.Numerator) && !double.IsNaN(p.Denominator) && p.Numerator > p.Denominator)
                    {
                        Reject(ref p, source.NumeratorColumn, EesRejectionKind.OutOfRange, string.Format(ic,
                            "the numerator {0} is above the denominator {1}; a proportion's numerator is part of its denominator.",
                            p.Numerator.ToString("R", ic), p.Denominator.ToString("R", ic)));
                    }
                    break;
                case MeasureKind.Count:
                    if (!double.IsNaN(p.Value) && p.Value < 0)
                    {
                        Reject(ref p, column, EesRejectionKind.OutOfRange, string.Format(ic,
                            "the count {0} is negative; {1} counts cannot be below 0.", p.Value.ToString("R", ic), indicator.Id));
                    }
                    break;
                default:
                    if (indicator.MeasureKind == MeasureKind.Rate && !double.IsNaN(p.Value) && p.Value < 0)
                    {
                        Reject(ref p, column, EesRejectionKind.OutOfRange, string.Format(ic,
                            "the rate {0} is negative; a rate of events cannot be below 0.", p.Value.ToString("R", ic)));
                    }
                    break;
            }
        }
    }

    /// <summary>Rejects every observation whose (indicator, area, period) is given by more than one row.</summary>
    private void RejectDuplicateKeys(Pending[] items)
    {
        // Hashing, not sorting: duplicates are rare, and a sort of every observation costs more than the rest of phase 2.
        var first = new Dictionary<(int Indicator, string Area, ReportingPeriod Period), int>(items.Length);
        Dictionary<(int Indicator, string Area, ReportingPeriod Period), List<int>>? repeated = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Dead)
            {
                continue;
            }
            var key = (items[i].Indicator.Index, items[i].AreaCode, items[i].Period);
            if (!first.TryGetValue(key, out var earlier))
            {
                first.Add(key, i);
                continue;
            }
            repeated ??= new Dictionary<(int, string, ReportingPeriod), List<int>>();
            if (!repeated.TryGetValue(key, out var list))
            {
                list = new List<int> { earlier };
                repeated.Add(key, list);
            }
            list.Add(i);
        }
        if (repeated is null)
        {
            return;
        }
        foreach (var group in repeated.Values)
        {
            var order = group.ToArray();
            foreach (var index in order)
            {
                var others = OtherLines(order, 0, order.Length, Array.IndexOf(order, index), j => rowLine[items[j].Row]);
                ref var p = ref items[index];
                Reject(ref p, null, EesRejectionKind.DuplicateKey, string.Format(CultureInfo.InvariantCulture,
                    "({0}, {1}, {2}) is also given on line {3}; no row is used, since there is no telling which is right.",
                    p.Indicator.Indicator.Id, p.AreaCode, p.Period, others));
            }
        }
    }

    private void Reject(ref Pending p, string? column, EesRejectionKind kind, string reason)
    {
        p.Dead = true;
        AddProblem(p.Row, files[rowFile[p.Row]].FileName, rowLine[p.Row], column, p.Indicator.Indicator.Id, kind, reason);
    }

    private static string OtherLines(int[] order, int start, int end, int self, Func<int, int> lineOf)
    {
        var lines = new List<int>();
        for (var i = start; i < end; i++)
        {
            if (i != self)
            {
                lines.Add(lineOf(order[i]));
            }
        }
        lines.Sort();
        return string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture)));
    }
}
