using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence.Lait;

/// <summary>One read of a LAIT long file: every row is filtered, rejected or becomes a candidate; duplicate keys are
/// rejected at the end, on every row that carries them.</summary>
internal sealed class LaitIngestRun
{
    private readonly LaitReader reader;
    private readonly List<Indicator> indicators;
    private readonly Dictionary<string, int> byKey;
    private readonly string fileName;
    private readonly SortedDictionary<EesFilterReason, int> filtered = new();
    private readonly List<EesRejection> rejections = new();
    private readonly SortedDictionary<string, (string Name, int Rows)> legacy = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Number, string Name), (AreaResolution Resolution, string? Code)> areaCache = new();
    private readonly Dictionary<(int Indicator, string Label), (ReportingPeriod? Period, string? Error)> periodCache = new();
    private readonly List<Candidate> candidates = new();
    private int read;

    public LaitIngestRun(LaitReader reader, List<Indicator> indicators, Dictionary<string, int> byKey, string fileName)
    {
        this.reader = reader;
        this.indicators = indicators;
        this.byKey = byKey;
        this.fileName = fileName;
    }

    public EesIngest Run(TextReader text)
    {
        var csv = new CsvRecordReader(text, fileName);
        if (!csv.Read())
        {
            throw new EesFormatException(fileName, null, null, "the file is empty: it has no header row.");
        }
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            header[csv.GetString(i).Trim()] = i;
        }
        int Column(string name) => header.TryGetValue(name, out var index)
            ? index
            : throw new EesFormatException(fileName, csv.LineNumber, name, "the header has no column '" + name + "', which a LAIT long file needs.");
        var keyColumn = Column(LaitReader.KeyColumn);
        var periodColumn = Column(LaitReader.PeriodColumn);
        var areaColumn = Column(LaitReader.AreaColumn);
        var valueColumn = Column(LaitReader.ValueColumn);
        var codeColumn = Column(LaitReader.CodeColumn);
        var fields = csv.FieldCount;

        while (csv.Read())
        {
            read++;
            var line = csv.LineNumber;
            if (csv.FieldCount != fields)
            {
                Reject(line, null, null, EesRejectionKind.FieldCount, string.Format(CultureInfo.InvariantCulture,
                    "the row has {0} fields but the header has {1}.", csv.FieldCount, fields));
                continue;
            }
            if (!byKey.TryGetValue(csv.GetString(keyColumn).Trim(), out var indicatorIndex))
            {
                Filter(EesFilterReason.NotSelected);
                continue;
            }
            var indicator = indicators[indicatorIndex];

            var number = csv.GetString(codeColumn);
            var name = csv.GetString(areaColumn);
            if (!areaCache.TryGetValue((number, name), out var area))
            {
                var resolution = reader.ResolveArea(number, name, out var code);
                areaCache[(number, name)] = area = (resolution, code);
            }
            if (area.Resolution is AreaResolution.Legacy or AreaResolution.Combined)
            {
                Filter(EesFilterReason.LegacyArea);
                legacy[number.Trim()] = (name.Trim(), legacy.TryGetValue(number.Trim(), out var seen) ? seen.Rows + 1 : 1);
                continue;
            }
            if (area.Code is null)
            {
                Reject(line, LaitReader.AreaColumn, indicator.Id, EesRejectionKind.UnknownArea,
                    "'" + name.Trim() + "' (LA number '" + number.Trim() + "') is not an area of the catalogue.");
                continue;
            }

            var label = csv.GetString(periodColumn);
            if (!periodCache.TryGetValue((indicatorIndex, label), out var period))
            {
                var parsed = LaitReader.ParsePeriod(indicator, label, out _, out var error);
                if (parsed is { } p && p.Kind != indicator.PeriodKind)
                {
                    error = string.Format(CultureInfo.InvariantCulture, "'{0}' names a {1} period, but the indicator's periods are {2}.",
                        label.Trim(), p.Kind, indicator.PeriodKind);
                    parsed = null;
                }
                periodCache[(indicatorIndex, label)] = period = (parsed, error);
            }
            if (period.Period is not { } reportingPeriod)
            {
                Reject(line, LaitReader.PeriodColumn, indicator.Id, EesRejectionKind.BadPeriod, period.Error!);
                continue;
            }

            var raw = csv[valueColumn].Trim();
            double? value = null;
            ObservationStatus status;
            if (IsNoFigure(raw))
            {
                status = ObservationStatus.NotAvailable;
            }
            else
            {
                var cell = EesCells.Parse(raw, out var number2, out status);
                if (cell == CellKind.Number)
                {
                    value = number2 * indicator.Source!.Multiplier;
                }
                else if (cell != CellKind.Symbol)
                {
                    Reject(line, LaitReader.ValueColumn, indicator.Id, cell == CellKind.Blank ? EesRejectionKind.BlankCell : EesRejectionKind.NotANumber,
                        cell == CellKind.Blank
                            ? "the value is blank; LAIT writes '-' where it has no figure."
                            : "'" + raw.ToString() + "' is neither a number nor '-' (no figure).");
                    continue;
                }
            }
            candidates.Add(new Candidate(indicatorIndex, area.Code, reportingPeriod, value, status, line));
        }
        return Finish();
    }

    // LAIT's cleaning treats these as "no figure"; none of them is a zero.
    private static bool IsNoFigure(ReadOnlySpan<char> s) =>
        s.SequenceEqual("-".AsSpan()) || s.SequenceEqual("..".AsSpan()) || s.Equals("NA".AsSpan(), StringComparison.OrdinalIgnoreCase);

    private EesIngest Finish()
    {
        // Key order (indicator id, area code, period) so the observation set needs no sort, and duplicates sit together.
        candidates.Sort((a, b) =>
        {
            var c = a.Indicator.CompareTo(b.Indicator);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Area, b.Area);
            }
            if (c == 0)
            {
                c = a.Period.CompareTo(b.Period);
            }
            return c != 0 ? c : a.Line.CompareTo(b.Line);
        });
        var builder = new ObservationSet.Builder();
        var used = 0;
        for (var i = 0; i < candidates.Count;)
        {
            var j = i + 1;
            while (j < candidates.Count && candidates[j].Indicator == candidates[i].Indicator
                && string.Equals(candidates[j].Area, candidates[i].Area, StringComparison.Ordinal) && candidates[j].Period == candidates[i].Period)
            {
                j++;
            }
            var c = candidates[i];
            var indicator = indicators[c.Indicator];
            if (j - i > 1)
            {
                var lines = new List<string>();
                for (var k = i; k < j; k++)
                {
                    lines.Add(candidates[k].Line.ToString(CultureInfo.InvariantCulture));
                }
                for (var k = i; k < j; k++)
                {
                    Reject(candidates[k].Line, LaitReader.KeyColumn, indicator.Id, EesRejectionKind.DuplicateKey, string.Format(CultureInfo.InvariantCulture,
                        "measure '{0}', area {1}, {2} is given on {3} rows (lines {4}); none is used.",
                        LaitReader.KeyOf(indicator), c.Area, c.Period, j - i, string.Join(", ", lines)));
                }
            }
            else
            {
                used++;
                builder.Add(new Observation(indicator.Id, c.Area, c.Period, c.Value, null, null, c.Status));
            }
            i = j;
        }
        rejections.Sort(EesRejection.Compare);
        var excluded = ImmutableArray.CreateBuilder<EesExcludedArea>();
        foreach (var pair in legacy)
        {
            excluded.Add(new EesExcludedArea(EesFilterReason.LegacyArea, pair.Key, string.Empty, pair.Value.Name, pair.Value.Rows));
        }
        var observations = builder.ToObservationSet();
        var report = new EesFileReport(fileName, LaitReader.Ids(indicators), ImmutableArray<string>.Empty, read, used, rejections.Count,
            ImmutableSortedDictionary.CreateRange(filtered), rejections.ToImmutableArray(), excluded.ToImmutable(), observations.Count);
        return new EesIngest(observations, new EesIngestReport(ImmutableArray.Create(report)));
    }

    private void Filter(EesFilterReason reason) => filtered[reason] = filtered.TryGetValue(reason, out var n) ? n + 1 : 1;

    private void Reject(int line, string? column, string? indicatorId, EesRejectionKind kind, string reason) =>
        rejections.Add(new EesRejection(fileName, line, column, indicatorId, kind, reason));

    private readonly struct Candidate
    {
        public Candidate(int indicator, string area, ReportingPeriod period, double? value, ObservationStatus status, int line)
        {
            Indicator = indicator;
            Area = area;
            Period = period;
            Value = value;
            Status = status;
            Line = line;
        }

        public int Indicator { get; }

        public string Area { get; }

        public ReportingPeriod Period { get; }

        public double? Value { get; }

        public ObservationStatus Status { get; }

        public int Line { get; }
    }
}
