using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
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
/// <para>Layout (all integers unsigned LEB128 varints, numbers as in <see cref="SnapshotEncoding"/>, strings as their
/// UTF-8 length and bytes): the magic <c>OFEN</c> and a format version byte (3); the length in bytes of the
/// observations section, then that section; then the ingest report section. The two are decoded apart (each part of
/// <see cref="EnglandData"/> is lazy, and most users never ask for the report).</para>
/// <para>The observations section: the row count, the series count and the number of rows that carry numerators and
/// denominators; the sorted area codes; the indicators (sorted), each with its period kind, snapshot day, whether it
/// carries counts, and its series by area (an index into the area codes, ascending), each series's rows giving the
/// period's end year (as a difference from the previous row's), status, the value when there is one, and numerator and
/// denominator when the indicator carries them. The report section: a string table, then the report file by file.</para>
/// <para>The reader decodes straight into the observation set's columns, in key order, checking every row as it goes
/// and building the set's series index on the way, so loading the ~620,000 rows of the EES files and LAIT costs one
/// pass over the bytes, read in place from the assembly's image (see docs/performance/england.md).</para>
/// <para>The writer is deterministic: the same CSVs and framework give the same bytes, which the tests check against
/// the embedded file.</para>
/// </remarks>
internal static class EnglandSnapshot
{
    public const string ResourceName = "england.bin";
    private const byte FormatVersion = 3;
    private const int MinYear = 1900;
    private const int MaxYear = 2200;
    private static readonly byte[] Magic = { (byte)'O', (byte)'F', (byte)'E', (byte)'N' };

    public static byte[] Write(EesIngest ingest) => Write(ingest.Observations, ingest.Report);

    public static byte[] Write(ObservationSet observations, EesIngestReport report)
    {
        var section = new MemoryStream();
        WriteObservations(section, observations);
        var reportStrings = new SnapshotEncoding.StringTable();
        var reportBody = new MemoryStream();
        WriteReport(reportBody, report, reportStrings);

        var output = new MemoryStream();
        output.Write(Magic, 0, Magic.Length);
        output.WriteByte(FormatVersion);
        SnapshotEncoding.WriteVarint(output, checked((int)section.Length));
        section.Position = 0;
        section.CopyTo(output);
        SnapshotEncoding.WriteVarint(output, reportStrings.Strings.Count);
        foreach (var s in reportStrings.Strings)
        {
            SnapshotEncoding.WriteString(output, s);
        }
        reportBody.Position = 0;
        reportBody.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Reads the observations and the report.</summary>
    public static (ObservationSet Observations, EesIngestReport Report) Read(ReadOnlySpan<byte> data) => (ReadObservations(data), ReadReport(data));

    /// <summary>Reads the observations section only.</summary>
    public static ObservationSet ReadObservations(ReadOnlySpan<byte> data) => ReadObservations(data, SideBySide);

    /// <summary>Reads the observations section only, decoding its chunks side by side or one after another.</summary>
    internal static ObservationSet ReadObservations(ReadOnlySpan<byte> data, bool parallel) => DecodeObservations(ObservationsSection(data, out _), parallel);

    /// <summary>Reads the ingest report section only.</summary>
    public static EesIngestReport ReadReport(ReadOnlySpan<byte> data)
    {
        ObservationsSection(data, out var end);
        var reader = new SnapshotEncoding.Reader(data.Slice(end));
        var strings = new string[reader.ReadCount()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }
        var report = ReadReport(ref reader, strings);
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("The embedded England snapshot has bytes after its end.");
        }
        return report;
    }

    private static ReadOnlySpan<byte> ObservationsSection(ReadOnlySpan<byte> data, out int end)
    {
        if (data.Length < Magic.Length + 1 || !data.Slice(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("The embedded England snapshot is not a snapshot file.");
        }
        if (data[Magic.Length] != FormatVersion)
        {
            throw new InvalidDataException("The embedded England snapshot has format version " + data[Magic.Length].ToString(CultureInfo.InvariantCulture) + ", not " + FormatVersion.ToString(CultureInfo.InvariantCulture) + ".");
        }
        var header = new SnapshotEncoding.Reader(data.Slice(Magic.Length + 1));
        var length = header.ReadCount();
        var start = Magic.Length + 1 + header.Position;
        if (length > data.Length - start)
        {
            throw new InvalidDataException("The embedded England snapshot ends inside its observations.");
        }
        end = start + length;
        return data.Slice(start, length);
    }

    private static void WriteObservations(Stream s, ObservationSet set)
    {
        // The set's own orders: indicator ids and area codes sorted ordinally, so rows can name areas by index.
        var areaIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < set.AreaCodes.Length; i++)
        {
            areaIndex[set.AreaCodes[i]] = i;
        }
        // Each indicator's block is written apart first, so the blocks can be cut into chunks of about equal size.
        var blocks = new List<(byte[] Bytes, int Rows, int Series, int CountRows)>();
        foreach (var indicator in set.GroupBy(o => o.IndicatorId, StringComparer.Ordinal))
        {
            var block = new MemoryStream();
            var counts = WriteIndicator(block, indicator.Key, indicator.ToList(), areaIndex);
            blocks.Add((block.ToArray(), counts.Rows, counts.Series, counts.CountRows));
        }
        SnapshotEncoding.WriteVarint(s, set.Count);
        SnapshotEncoding.WriteVarint(s, blocks.Sum(b => b.Series));
        SnapshotEncoding.WriteVarint(s, blocks.Sum(b => b.CountRows));
        SnapshotEncoding.WriteVarint(s, set.AreaCodes.Length);
        foreach (var code in set.AreaCodes)
        {
            SnapshotEncoding.WriteString(s, code);
        }
        SnapshotEncoding.WriteVarint(s, blocks.Count);

        // The chunk table: where each chunk starts (indicator, row, series, count row) and its length in bytes.
        var total = blocks.Sum(b => (long)b.Bytes.Length);
        var chunks = new List<(int Indicator, int Row, int Series, int CountRow, int Length)>();
        int row = 0, series = 0, countRow = 0, length = 0, first = 0;
        long written = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            length += blocks[i].Bytes.Length;
            written += blocks[i].Bytes.Length;
            if (i == blocks.Count - 1 || (chunks.Count < Chunks - 1 && written >= (chunks.Count + 1) * total / Chunks))
            {
                chunks.Add((first, row, series, countRow, length));
                for (var k = first; k <= i; k++)
                {
                    row += blocks[k].Rows;
                    series += blocks[k].Series;
                    countRow += blocks[k].CountRows;
                }
                first = i + 1;
                length = 0;
            }
        }
        SnapshotEncoding.WriteVarint(s, chunks.Count);
        foreach (var c in chunks)
        {
            SnapshotEncoding.WriteVarint(s, c.Indicator);
            SnapshotEncoding.WriteVarint(s, c.Row);
            SnapshotEncoding.WriteVarint(s, c.Series);
            SnapshotEncoding.WriteVarint(s, c.CountRow);
            SnapshotEncoding.WriteVarint(s, c.Length);
        }
        foreach (var b in blocks)
        {
            s.Write(b.Bytes, 0, b.Bytes.Length);
        }
    }

    private static (int Rows, int Series, int CountRows) WriteIndicator(Stream s, string id, List<Observation> observations, Dictionary<string, int> areaIndex)
    {
        var series = observations.GroupBy(o => o.AreaCode, StringComparer.Ordinal).Select(a => a.ToList()).ToList();
        var first = observations[0].Period;
        if (observations.Any(o => o.Period.Kind != first.Kind || o.Period.End.Month != first.End.Month || o.Period.End.Day != first.End.Day))
        {
            throw new InvalidOperationException("Indicator '" + id + "' mixes kinds of period; the snapshot stores one kind per indicator.");
        }
        // Most indicators (every LAIT measure) carry values only: a flag spares two bytes a row, and the loaded set keeps
        // count columns for the rows of the indicators that have them only.
        var hasCounts = observations.Any(o => o.Numerator.HasValue || o.Denominator.HasValue);
        SnapshotEncoding.WriteString(s, id);
        s.WriteByte((byte)first.Kind);
        s.WriteByte((byte)first.End.Month);
        s.WriteByte((byte)first.End.Day);
        s.WriteByte(hasCounts ? (byte)1 : (byte)0);
        SnapshotEncoding.WriteVarint(s, series.Count);
        foreach (var rows in series)
        {
            SnapshotEncoding.WriteVarint(s, areaIndex[rows[0].AreaCode]);
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
        return (observations.Count, series.Count, hasCounts ? observations.Count : 0);
    }

    // Every row is checked as it is decoded (the rules Observation and ObservationSet apply: key order, so no duplicate
    // key; a value exactly when the status says so; finite numbers; counts not negative), and the set's series index is
    // built on the way, so the set is made without a second pass over the rows.
    private static ObservationSet DecodeObservations(ReadOnlySpan<byte> section, bool parallel)
    {
        var r = new SnapshotEncoding.Reader(section);
        var count = r.ReadCount();
        var seriesCount = r.ReadCount();
        var countRows = r.ReadCount();
        if (seriesCount > count || countRows > count)
        {
            throw Corrupt("its counts do not fit together");
        }
        var areaCodes = new string[r.ReadCount()];
        for (var i = 0; i < areaCodes.Length; i++)
        {
            areaCodes[i] = r.ReadString();
        }
        var indicatorCount = r.ReadCount();
        var chunkCount = r.ReadCount();
        if ((indicatorCount > 0) != (chunkCount > 0) || chunkCount > indicatorCount)
        {
            throw Corrupt("its chunks do not match its indicators");
        }
        // Each chunk's start, and after the last one the totals: a chunk must end exactly where the next one starts.
        var starts = new Chunk[chunkCount + 1];
        var offset = 0;
        for (var c = 0; c < chunkCount; c++)
        {
            starts[c] = new Chunk(r.ReadCount(), r.ReadCount(), r.ReadCount(), r.ReadCount(), offset, r.ReadCount());
            offset += starts[c].Length;
            if (offset < 0 || offset > section.Length - r.Position
                || (c == 0 ? starts[c].Indicator != 0 || starts[c].Row != 0 || starts[c].Series != 0 || starts[c].CountRow != 0
                    : starts[c].Indicator <= starts[c - 1].Indicator || starts[c].Row < starts[c - 1].Row || starts[c].Series < starts[c - 1].Series
                        || starts[c].CountRow < starts[c - 1].CountRow)
                || starts[c].Indicator >= indicatorCount || starts[c].Row > count || starts[c].Series > seriesCount || starts[c].CountRow > countRows)
            {
                throw Corrupt("its chunk table is out of order or out of range");
            }
        }
        starts[chunkCount] = new Chunk(indicatorCount, count, seriesCount, countRows, offset, 0);
        var body = section.Slice(r.Position);
        if (body.Length != offset)
        {
            throw Corrupt("its chunks do not fill its observations section");
        }

        var columns = new Columns(indicatorCount, areaCodes.Length, count, seriesCount, countRows);
        if (parallel && chunkCount > 1)
        {
            DecodeSideBySide(body, starts, columns);
        }
        else
        {
            for (var c = 0; c < chunkCount; c++)
            {
                DecodeChunk(body.Slice(starts[c].Offset, starts[c].Length), starts[c], starts[c + 1], columns);
            }
        }
        columns.SeriesStart[seriesCount] = count;
        columns.IndicatorSeriesStart[indicatorCount] = seriesCount;
        return ObservationSet.FromCheckedColumns(columns.IndicatorIds, areaCodes, columns.IndicatorOfRow, columns.AreaOfRow, columns.PeriodOfRow,
            columns.Values, columns.Numerators, columns.Denominators, columns.CountsOffset, columns.Statuses,
            new SeriesIndex(columns.SeriesStart, columns.SeriesArea, columns.IndicatorSeriesStart));
    }

    // Each chunk writes its own ranges of the columns, so the result is the same whatever the number of threads.
    private static unsafe void DecodeSideBySide(ReadOnlySpan<byte> body, Chunk[] starts, Columns columns)
    {
        var chunkCount = starts.Length - 1;
        var failures = new Exception?[chunkCount];
        fixed (byte* pointer = body)
        {
            // A span cannot be captured by a task; the bytes are pinned (or part of the mapped image) until all are done.
            var address = (IntPtr)pointer;
            var tasks = new Task[chunkCount - 1];
            for (var c = 1; c < chunkCount; c++)
            {
                var chunk = c;
                tasks[c - 1] = Task.Run(() =>
                {
                    try
                    {
                        DecodeChunk(new ReadOnlySpan<byte>((byte*)address + starts[chunk].Offset, starts[chunk].Length), starts[chunk], starts[chunk + 1], columns);
                    }
                    catch (InvalidDataException e)
                    {
                        failures[chunk] = e;
                    }
                });
            }
            try
            {
                DecodeChunk(body.Slice(0, starts[0].Length), starts[0], starts[1], columns);
            }
            catch (InvalidDataException e)
            {
                failures[0] = e;
            }
            Task.WaitAll(tasks);
        }
        // The first chunk's failure in file order, so a damaged file gives the same message every time.
        foreach (var failure in failures)
        {
            if (failure is not null)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }
    }

    private static void DecodeChunk(ReadOnlySpan<byte> bytes, Chunk start, Chunk end, Columns x)
    {
        var r = new SnapshotEncoding.Reader(bytes);
        int row = start.Row, series = start.Series, countRow = start.CountRow;
        // A period is made once per kind of period and year in a chunk, not once per indicator and year: a cold
        // NodaTime date costs microseconds, and most of the ~470 indicators share a handful of kinds.
        var calendars = new List<(PeriodKind Kind, int Month, int Day, ReportingPeriod[] Periods, bool[] Known)>();
        for (var i = start.Indicator; i < end.Indicator; i++)
        {
            x.IndicatorIds[i] = r.ReadString();
            var kind = (PeriodKind)r.ReadByte();
            int month = r.ReadByte(), day = r.ReadByte();
            var hasCounts = r.ReadByte() != 0;
            x.CountsOffset[i] = hasCounts ? countRow - row : ObservationSet.NoCounts;
            x.IndicatorSeriesStart[i] = series;
            var calendar = calendars.FindIndex(c => c.Kind == kind && c.Month == month && c.Day == day);
            if (calendar < 0)
            {
                calendar = calendars.Count;
                calendars.Add((kind, month, day, new ReportingPeriod[MaxYear - MinYear + 1], new bool[MaxYear - MinYear + 1]));
            }
            var periods = calendars[calendar].Periods;
            var known = calendars[calendar].Known;
            var indicatorSeries = r.ReadCount();
            var lastArea = -1;
            for (var a = 0; a < indicatorSeries; a++, series++)
            {
                var area = r.ReadCount();
                var rows = r.ReadCount();
                if (series >= end.Series || rows == 0 || rows > end.Row - row || (hasCounts && rows > end.CountRow - countRow)
                    || area <= lastArea || area >= x.AreaCount)
                {
                    throw Corrupt("its series do not match its counts or are out of order");
                }
                lastArea = area;
                x.SeriesStart[series] = row;
                x.SeriesArea[series] = area;
                var year = 0;
                for (var last = row + rows; row < last; row++)
                {
                    var step = r.ReadCount();
                    year += step;
                    if (step == 0 || year < MinYear || year > MaxYear)
                    {
                        throw Corrupt("a series repeats a year or holds one outside " + MinYear.ToString(CultureInfo.InvariantCulture) + "-" + MaxYear.ToString(CultureInfo.InvariantCulture));
                    }
                    if (!known[year - MinYear])
                    {
                        periods[year - MinYear] = ReportingPeriod.ForYear(kind, year, month, day);
                        known[year - MinYear] = true;
                    }
                    x.IndicatorOfRow[row] = i;
                    x.AreaOfRow[row] = area;
                    x.PeriodOfRow[row] = periods[year - MinYear];
                    var status = r.ReadByte();
                    x.Statuses[row] = status;
                    if (status == (byte)ObservationStatus.Value)
                    {
                        var v = r.ReadNumber();
                        if (double.IsNaN(v) || double.IsInfinity(v))
                        {
                            throw Corrupt("a value is not a finite number");
                        }
                        x.Values[row] = v;
                    }
                    else if (status <= (byte)ObservationStatus.RoundsToZero)
                    {
                        x.Values[row] = double.NaN;
                    }
                    else
                    {
                        throw Corrupt("a row has an unknown status");
                    }
                    if (hasCounts)
                    {
                        var numerator = r.ReadNumber();
                        var denominator = r.ReadNumber();
                        if (numerator < 0 || double.IsInfinity(numerator) || denominator < 0 || double.IsInfinity(denominator))
                        {
                            throw Corrupt("a numerator or denominator is negative or not finite");
                        }
                        x.Numerators[countRow] = numerator;
                        x.Denominators[countRow++] = denominator;
                    }
                }
            }
        }
        if (!r.AtEnd || row != end.Row || series != end.Series || countRow != end.CountRow)
        {
            throw Corrupt("a chunk's rows do not match its counts");
        }
    }

    private static InvalidDataException Corrupt(string what) => new("The embedded England snapshot is corrupt: " + what + ".");

    /// <summary>How many chunks the observations are cut into: enough to keep every core of a small machine busy.</summary>
    private const int Chunks = 8;

    /// <summary>
    /// Whether to decode the chunks side by side. On two cores, measured on a cold start, starting the thread pool's
    /// workers cost more CPU than the decode they took over (about 54 ms against 44 ms of process CPU, and no shorter
    /// wait under load); with more cores the wait shortens.
    /// </summary>
    private static readonly bool SideBySide = Environment.ProcessorCount > 2;

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

    /// <summary>Where a chunk of the observations starts in each column, and its bytes.</summary>
    private readonly struct Chunk
    {
        public Chunk(int indicator, int row, int series, int countRow, int offset, int length)
        {
            Indicator = indicator;
            Row = row;
            Series = series;
            CountRow = countRow;
            Offset = offset;
            Length = length;
        }

        public int Indicator { get; }

        public int Row { get; }

        public int Series { get; }

        public int CountRow { get; }

        public int Offset { get; }

        public int Length { get; }
    }

    /// <summary>The columns and series index being decoded, which the chunks fill side by side.</summary>
    private sealed class Columns
    {
        public Columns(int indicators, int areas, int rows, int series, int countRows)
        {
            AreaCount = areas;
            IndicatorIds = new string[indicators];
            CountsOffset = new int[indicators];
            IndicatorSeriesStart = new int[indicators + 1];
            SeriesStart = new int[series + 1];
            SeriesArea = new int[series];
            // Plain arrays, though every element is written by a chunk: GC.AllocateUninitializedArray would spare the
            // clearing but is jitted for each element type on a cold start, which costs more than the clearing saves.
            IndicatorOfRow = new int[rows];
            AreaOfRow = new int[rows];
            PeriodOfRow = new ReportingPeriod[rows];
            Values = new double[rows];
            Statuses = new byte[rows];
            Numerators = new double[countRows];
            Denominators = new double[countRows];
        }

        public int AreaCount { get; }

        public string[] IndicatorIds { get; }

        public int[] CountsOffset { get; }

        public int[] IndicatorSeriesStart { get; }

        public int[] SeriesStart { get; }

        public int[] SeriesArea { get; }

        public int[] IndicatorOfRow { get; }

        public int[] AreaOfRow { get; }

        public ReportingPeriod[] PeriodOfRow { get; }

        public double[] Values { get; }

        public byte[] Statuses { get; }

        public double[] Numerators { get; }

        public double[] Denominators { get; }
    }
}
