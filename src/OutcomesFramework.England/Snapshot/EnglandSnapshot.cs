using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Periods;

namespace OutcomesFramework.England.Snapshot;

/// <summary>
/// The compact snapshot of the published statistics that this package embeds (<c>england.bin</c>): the observations
/// and the ingest report that the EES and LAIT readers produced from the CSVs in <c>Data/ees/</c> (default framework) and
/// <c>Data/lait/</c> (every LAIT measure).
/// </summary>
/// <remarks>
/// <para>Layout (all integers unsigned LEB128 varints, numbers as in <see cref="SnapshotEncoding"/>): the magic
/// <c>OFEN</c> and a format version byte (2); a string table; the observation count and the sorted area codes; the
/// observations grouped by indicator (sorted; its period kind, snapshot day and whether it carries numerators and
/// denominators) and by area (an index into the area codes), rows giving the period's end year (as a difference from
/// the previous row's), status, the value when there is one, and numerator and denominator when the indicator carries
/// them; then the ingest report, file by file.</para>
/// <para>The reader decodes straight into the observation set's columns, in key order, so loading the ~690,000 rows
/// of the EES files and LAIT costs one pass (see docs/performance/england.md).</para>
/// <para>The writer is deterministic: the same CSVs and framework give the same bytes, which the tests check against
/// the embedded file.</para>
/// </remarks>
internal static class EnglandSnapshot
{
    public const string ResourceName = "england.bin";
    private const byte FormatVersion = 2;
    private const int MinYear = 1900;
    private const int MaxYear = 2200;
    private static readonly byte[] Magic = { (byte)'O', (byte)'F', (byte)'E', (byte)'N' };

    public static byte[] Write(EesIngest ingest) => Write(ingest.Observations, ingest.Report);

    public static byte[] Write(ObservationSet observations, EesIngestReport report)
    {
        var strings = new SnapshotEncoding.StringTable();
        var body = new MemoryStream();
        WriteObservations(body, observations, strings);
        WriteReport(body, report, strings);

        var output = new MemoryStream();
        output.Write(Magic, 0, Magic.Length);
        output.WriteByte(FormatVersion);
        SnapshotEncoding.WriteVarint(output, strings.Strings.Count);
        foreach (var s in strings.Strings)
        {
            SnapshotEncoding.WriteString(output, s);
        }
        body.Position = 0;
        body.CopyTo(output);
        return output.ToArray();
    }

    public static (ObservationSet Observations, EesIngestReport Report) Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < Magic.Length + 1 || !data.Slice(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("The embedded England snapshot is not a snapshot file.");
        }
        if (data[Magic.Length] != FormatVersion)
        {
            throw new InvalidDataException("The embedded England snapshot has format version " + data[Magic.Length].ToString(CultureInfo.InvariantCulture) + ", not " + FormatVersion.ToString(CultureInfo.InvariantCulture) + ".");
        }
        var reader = new SnapshotEncoding.Reader(data.Slice(Magic.Length + 1));
        var strings = new string[reader.ReadCount()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }
        var observations = ReadObservations(ref reader, strings);
        var report = ReadReport(ref reader, strings);
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("The embedded England snapshot has bytes after its end.");
        }
        return (observations, report);
    }

    private static void WriteObservations(Stream s, ObservationSet set, SnapshotEncoding.StringTable strings)
    {
        SnapshotEncoding.WriteVarint(s, set.Count);
        // The set's own orders: indicator ids and area codes sorted ordinally, so rows can name them by index.
        SnapshotEncoding.WriteVarint(s, set.AreaCodes.Length);
        foreach (var code in set.AreaCodes)
        {
            SnapshotEncoding.WriteVarint(s, strings.Add(code));
        }
        var areaIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < set.AreaCodes.Length; i++)
        {
            areaIndex[set.AreaCodes[i]] = i;
        }
        var byIndicator = set.GroupBy(o => o.IndicatorId, StringComparer.Ordinal).ToList();
        SnapshotEncoding.WriteVarint(s, byIndicator.Count);
        foreach (var indicator in byIndicator)
        {
            var first = indicator.First().Period;
            if (indicator.Any(o => o.Period.Kind != first.Kind || o.Period.End.Month != first.End.Month || o.Period.End.Day != first.End.Day))
            {
                throw new InvalidOperationException("Indicator '" + indicator.Key + "' mixes kinds of period; the snapshot stores one kind per indicator.");
            }
            SnapshotEncoding.WriteVarint(s, strings.Add(indicator.Key));
            s.WriteByte((byte)first.Kind);
            s.WriteByte((byte)first.End.Month);
            s.WriteByte((byte)first.End.Day);
            // Most indicators (every LAIT measure) carry values only: a flag spares two bytes a row.
            var hasCounts = indicator.Any(o => o.Numerator.HasValue || o.Denominator.HasValue);
            s.WriteByte(hasCounts ? (byte)1 : (byte)0);
            var series = indicator.GroupBy(o => o.AreaCode, StringComparer.Ordinal).ToList();
            SnapshotEncoding.WriteVarint(s, series.Count);
            foreach (var area in series)
            {
                SnapshotEncoding.WriteVarint(s, areaIndex[area.Key]);
                var rows = area.ToList();
                SnapshotEncoding.WriteVarint(s, rows.Count);
                var previousYear = 0;
                foreach (var o in rows)
                {
                    SnapshotEncoding.WriteVarint(s, o.Period.EndYear - previousYear);
                    previousYear = o.Period.EndYear;
                    s.WriteByte((byte)o.Status);
                    if (o.HasValue)
                    {
                        SnapshotEncoding.WriteNumber(s, o.Value!.Value);
                    }
                    if (hasCounts)
                    {
                        SnapshotEncoding.WriteNumber(s, o.Numerator ?? double.NaN);
                        SnapshotEncoding.WriteNumber(s, o.Denominator ?? double.NaN);
                    }
                }
            }
        }
    }

    private static ObservationSet ReadObservations(ref SnapshotEncoding.Reader r, string[] strings)
    {
        var count = r.ReadCount();
        var areaCodes = new string[r.ReadCount()];
        for (var i = 0; i < areaCodes.Length; i++)
        {
            areaCodes[i] = String(ref r, strings);
        }
        var indicatorIds = new string[r.ReadCount()];
        // Every element is written below (or the read fails), so the columns need not be zeroed first.
        var indicatorOfRow = Columns<int>(count);
        var areaOfRow = Columns<int>(count);
        var periodOfRow = Columns<ReportingPeriod>(count);
        var values = Columns<double>(count);
        var numerators = Columns<double>(count);
        var denominators = Columns<double>(count);
        var statuses = Columns<byte>(count);
        var periods = new ReportingPeriod[MaxYear - MinYear + 1];
        var known = new bool[periods.Length];
        var row = 0;
        for (var i = 0; i < indicatorIds.Length; i++)
        {
            indicatorIds[i] = String(ref r, strings);
            var kind = (PeriodKind)r.ReadByte();
            int month = r.ReadByte(), day = r.ReadByte();
            var hasCounts = r.ReadByte() != 0;
            Array.Clear(known, 0, known.Length);
            var series = r.ReadCount();
            for (var a = 0; a < series; a++)
            {
                var area = r.ReadCount();
                var rows = r.ReadCount();
                if (row + rows > count || (uint)area >= (uint)areaCodes.Length)
                {
                    throw new InvalidDataException("The embedded England snapshot's rows do not match its counts.");
                }
                var year = 0;
                for (var k = 0; k < rows; k++, row++)
                {
                    year += r.ReadCount();
                    if (year < MinYear || year > MaxYear)
                    {
                        throw new InvalidDataException("The embedded England snapshot holds a year outside " + MinYear.ToString(CultureInfo.InvariantCulture) + "-" + MaxYear.ToString(CultureInfo.InvariantCulture) + ".");
                    }
                    if (!known[year - MinYear])
                    {
                        periods[year - MinYear] = ReportingPeriod.ForYear(kind, year, month, day);
                        known[year - MinYear] = true;
                    }
                    indicatorOfRow[row] = i;
                    areaOfRow[row] = area;
                    periodOfRow[row] = periods[year - MinYear];
                    var status = r.ReadByte();
                    statuses[row] = status;
                    values[row] = status == (byte)ObservationStatus.Value ? r.ReadNumber() : double.NaN;
                    if (hasCounts)
                    {
                        numerators[row] = r.ReadNumber();
                        denominators[row] = r.ReadNumber();
                    }
                    else
                    {
                        numerators[row] = double.NaN;
                        denominators[row] = double.NaN;
                    }
                }
            }
        }
        if (row != count)
        {
            throw new InvalidDataException("The embedded England snapshot's observation count does not match its rows.");
        }
        return ObservationSet.FromSortedColumns(indicatorIds, areaCodes, indicatorOfRow, areaOfRow, periodOfRow, values, numerators, denominators, statuses);
    }

#if NET
    private static T[] Columns<T>(int count) => GC.AllocateUninitializedArray<T>(count);
#else
    private static T[] Columns<T>(int count) => new T[count];
#endif

    private static void WriteReport(Stream s, EesIngestReport report, SnapshotEncoding.StringTable strings)
    {
        SnapshotEncoding.WriteVarint(s, report.Files.Length);
        foreach (var f in report.Files)
        {
            SnapshotEncoding.WriteVarint(s, strings.Add(f.FileName));
            WriteStrings(s, f.IndicatorIds, strings);
            WriteStrings(s, f.DenominatorFor, strings);
            SnapshotEncoding.WriteVarint(s, f.RowsRead);
            SnapshotEncoding.WriteVarint(s, f.RowsUsed);
            SnapshotEncoding.WriteVarint(s, f.RowsRejected);
            SnapshotEncoding.WriteVarint(s, f.Filtered.Count);
            foreach (var pair in f.Filtered)
            {
                s.WriteByte((byte)pair.Key);
                SnapshotEncoding.WriteVarint(s, pair.Value);
            }
            SnapshotEncoding.WriteVarint(s, f.Rejections.Length);
            foreach (var x in f.Rejections)
            {
                SnapshotEncoding.WriteVarint(s, x.Line);
                SnapshotEncoding.WriteVarint(s, x.Column is null ? 0 : strings.Add(x.Column) + 1);
                SnapshotEncoding.WriteVarint(s, x.IndicatorId is null ? 0 : strings.Add(x.IndicatorId) + 1);
                s.WriteByte((byte)x.Kind);
                SnapshotEncoding.WriteVarint(s, strings.Add(x.Reason));
            }
            SnapshotEncoding.WriteVarint(s, f.ExcludedAreas.Length);
            foreach (var x in f.ExcludedAreas)
            {
                s.WriteByte((byte)x.Reason);
                SnapshotEncoding.WriteVarint(s, strings.Add(x.OldCode));
                SnapshotEncoding.WriteVarint(s, strings.Add(x.NewCode));
                SnapshotEncoding.WriteVarint(s, strings.Add(x.Name));
                SnapshotEncoding.WriteVarint(s, x.Rows);
            }
            SnapshotEncoding.WriteVarint(s, f.ObservationCount);
        }
    }

    private static EesIngestReport ReadReport(ref SnapshotEncoding.Reader r, string[] strings)
    {
        var files = ImmutableArray.CreateBuilder<EesFileReport>();
        var count = r.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var name = String(ref r, strings);
            var indicatorIds = ReadStrings(ref r, strings);
            var denominatorFor = ReadStrings(ref r, strings);
            int read = r.ReadCount(), used = r.ReadCount(), rejected = r.ReadCount();
            var filtered = ImmutableSortedDictionary.CreateBuilder<EesFilterReason, int>();
            var reasons = r.ReadCount();
            for (var k = 0; k < reasons; k++)
            {
                var reason = (EesFilterReason)r.ReadByte();
                filtered.Add(reason, r.ReadCount());
            }
            var rejections = ImmutableArray.CreateBuilder<EesRejection>();
            var nRejections = r.ReadCount();
            for (var k = 0; k < nRejections; k++)
            {
                var line = r.ReadCount();
                var column = OptionalString(ref r, strings);
                var indicator = OptionalString(ref r, strings);
                var kind = (EesRejectionKind)r.ReadByte();
                rejections.Add(new EesRejection(name, line, column, indicator, kind, String(ref r, strings)));
            }
            var excluded = ImmutableArray.CreateBuilder<EesExcludedArea>();
            var nExcluded = r.ReadCount();
            for (var k = 0; k < nExcluded; k++)
            {
                var reason = (EesFilterReason)r.ReadByte();
                excluded.Add(new EesExcludedArea(reason, String(ref r, strings), String(ref r, strings), String(ref r, strings), r.ReadCount()));
            }
            files.Add(new EesFileReport(name, indicatorIds, denominatorFor, read, used, rejected, filtered.ToImmutable(), rejections.ToImmutable(), excluded.ToImmutable(), r.ReadCount()));
        }
        return new EesIngestReport(files.ToImmutable());
    }

    private static void WriteStrings(Stream s, ImmutableArray<string> values, SnapshotEncoding.StringTable strings)
    {
        SnapshotEncoding.WriteVarint(s, values.Length);
        foreach (var v in values)
        {
            SnapshotEncoding.WriteVarint(s, strings.Add(v));
        }
    }

    private static ImmutableArray<string> ReadStrings(ref SnapshotEncoding.Reader r, string[] strings)
    {
        var n = r.ReadCount();
        var builder = ImmutableArray.CreateBuilder<string>(n);
        for (var i = 0; i < n; i++)
        {
            builder.Add(String(ref r, strings));
        }
        return builder.MoveToImmutable();
    }

    private static string String(ref SnapshotEncoding.Reader r, string[] strings)
    {
        var i = r.ReadCount();
        return i < strings.Length ? strings[i] : throw new InvalidDataException("The embedded England snapshot refers to a string it does not hold.");
    }

    private static string? OptionalString(ref SnapshotEncoding.Reader r, string[] strings)
    {
        var i = r.ReadCount();
        return i == 0 ? null : i - 1 < strings.Length ? strings[i - 1] : throw new InvalidDataException("The embedded England snapshot refers to a string it does not hold.");
    }
}
