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
/// and the ingest report that the EES reader produced from the CSVs in <c>Data/ees/</c> with the default framework.
/// </summary>
/// <remarks>
/// <para>Layout (all integers unsigned LEB128 varints, numbers as in <see cref="SnapshotEncoding"/>): the magic
/// <c>OFEN</c> and a format version byte; a string table; the observations grouped by indicator (its period kind and
/// snapshot day) and by area, rows giving the period's end year (as a difference from the previous row's),
/// status, value, numerator and denominator; then the ingest report, file by file.</para>
/// <para>The writer is deterministic: the same CSVs and framework give the same bytes, which the tests check against
/// the embedded file.</para>
/// </remarks>
internal static class EnglandSnapshot
{
    public const string ResourceName = "england.bin";
    private const byte FormatVersion = 1;
    private static readonly byte[] Magic = { (byte)'O', (byte)'F', (byte)'E', (byte)'N' };

    /// <summary>Reads the published CSVs through the EES reader with <paramref name="framework"/>'s indicators and writes the snapshot.</summary>
    public static byte[] Generate(AreaCatalogue areas, Framework framework, Func<string, TextReader> openFile) =>
        Write(new EesReader(areas).Read(framework.Indicators, openFile));

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
            var series = indicator.GroupBy(o => o.AreaCode, StringComparer.Ordinal).ToList();
            SnapshotEncoding.WriteVarint(s, series.Count);
            foreach (var area in series)
            {
                SnapshotEncoding.WriteVarint(s, strings.Add(area.Key));
                var rows = area.ToList();
                SnapshotEncoding.WriteVarint(s, rows.Count);
                var previousYear = 0;
                foreach (var o in rows)
                {
                    SnapshotEncoding.WriteVarint(s, o.Period.EndYear - previousYear);
                    previousYear = o.Period.EndYear;
                    s.WriteByte((byte)o.Status);
                    SnapshotEncoding.WriteNumber(s, o.Value ?? double.NaN);
                    SnapshotEncoding.WriteNumber(s, o.Numerator ?? double.NaN);
                    SnapshotEncoding.WriteNumber(s, o.Denominator ?? double.NaN);
                }
            }
        }
    }

    private static ObservationSet ReadObservations(ref SnapshotEncoding.Reader r, string[] strings)
    {
        var builder = new ObservationSet.Builder();
        var count = r.ReadCount();
        var indicators = r.ReadCount();
        for (var i = 0; i < indicators; i++)
        {
            var id = String(ref r, strings);
            var kind = (PeriodKind)r.ReadByte();
            int month = r.ReadByte(), day = r.ReadByte();
            var series = r.ReadCount();
            var periods = new Dictionary<int, ReportingPeriod>();
            for (var a = 0; a < series; a++)
            {
                var area = String(ref r, strings);
                var rows = r.ReadCount();
                var year = 0;
                for (var k = 0; k < rows; k++)
                {
                    year += r.ReadCount();
                    var status = (ObservationStatus)r.ReadByte();
                    var value = r.ReadNumber();
                    var numerator = r.ReadNumber();
                    var denominator = r.ReadNumber();
                    if (!periods.TryGetValue(year, out var period))
                    {
                        periods[year] = period = ReportingPeriod.ForYear(kind, year, month, day);
                    }
                    builder.Add(new Observation(id, area, period,
                        double.IsNaN(value) ? null : value, double.IsNaN(numerator) ? null : numerator, double.IsNaN(denominator) ? null : denominator, status));
                }
            }
        }
        if (builder.Count != count)
        {
            throw new InvalidDataException("The embedded England snapshot's observation count does not match its rows.");
        }
        return builder.ToObservationSet();
    }

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
