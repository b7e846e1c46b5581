using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Periods;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Scoring;

/// <summary>
/// The derived indicators as the scoring engine's observations, and their CSV form
/// (<c>indicator_id,area_code,period,value,numerator,denominator</c>; the period is the year ending 31 March, so
/// "2025" is 2024/25): what <c>outcomes returns derive</c> writes and <c>outcomes score --returns</c> reads.
/// </summary>
public static class DerivedObservations
{
    /// <summary>The CSV's header line (how <c>outcomes score --data</c> tells a derived-observations file from an EES file).</summary>
    public const string CsvHeader = "indicator_id,area_code,period,value,numerator,denominator";

    private const string Header = CsvHeader;

    /// <summary>Turns derived indicators into observations for a council (indicators without a value are left out).</summary>
    /// <param name="result">The derivation.</param>
    /// <param name="areaCode">The council's 9-character ONS code.</param>
    /// <returns>The observations.</returns>
    public static ImmutableArray<Observation> ToObservations(DerivationResult result, string areaCode)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        var period = ReportingPeriod.YearEnding31March(result.Year.EndYear);
        var list = ImmutableArray.CreateBuilder<Observation>();
        foreach (var i in result.Indicators)
        {
            if (i.Value is { } v)
            {
                list.Add(new Observation(i.Id, areaCode, period, v, i.Numerator, i.Denominator));
            }
        }
        return list.ToImmutable();
    }

    /// <summary>Writes observations as CSV (LF line ends, invariant culture, round-trip numbers).</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations, nameof(observations));
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var o in observations)
        {
            sb.Append(o.IndicatorId).Append(',').Append(o.AreaCode).Append(',').Append(o.Period.End.Year.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Number(o.Value)).Append(',').Append(Number(o.Numerator)).Append(',').Append(Number(o.Denominator)).Append('\n');
        }
        return sb.ToString();
    }

    private static string Number(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Reads the CSV written by <see cref="ToCsv"/>.</summary>
    /// <param name="name">The file name, for messages.</param>
    /// <param name="text">The CSV text.</param>
    /// <returns>The observations.</returns>
    /// <exception cref="ReturnFormatException">The header or a row is not as written.</exception>
    public static ImmutableArray<Observation> Read(string name, TextReader text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var csv = new CsvRecordReader(text, name);
        var list = ImmutableArray.CreateBuilder<Observation>();
        try
        {
            if (!csv.Read() || string.Join(",", Fields(csv)) != Header)
            {
                throw new ReturnFormatException(new RecordLocation(name, 1, null), "the header must be " + Header + ".");
            }
            while (csv.Read())
            {
                var f = Fields(csv);
                var at = new RecordLocation(name, csv.LineNumber, null);
                if (f.Length != 6 || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
                {
                    throw new ReturnFormatException(at, f.Length != 6
                        ? "the row has " + f.Length.ToString(CultureInfo.InvariantCulture) + " fields; it needs 6 (" + Header + ")."
                        : "period: '" + f[2] + "' is not a year from 2000 to 2100 (for example 2025, the year ending 31 March 2025).");
                }
                list.Add(new Observation(f[0], f[1], ReportingPeriod.YearEnding31March(year), Parse(f[3], at, "value") ?? throw new ReturnFormatException(at, "value: missing (a derived indicator always has one)."), Parse(f[4], at, "numerator"), Parse(f[5], at, "denominator")));
            }
        }
        catch (EesFormatException e)
        {
            throw new ReturnFormatException(new RecordLocation(name, e.LineNumber, null), e.Reason, e);
        }
        catch (ArgumentException e)
        {
            // The observation's own check (a blank id, a negative count): its message without the parameter's name,
            // which is for a library's caller, not for someone reading a CSV file.
            throw new ReturnFormatException(new RecordLocation(name, csv.LineNumber, null), OutcomesFramework.Serialization.StrictJsonObject.DomainMessage(e), e);
        }
        return list.ToImmutable();
    }

    private static string[] Fields(CsvRecordReader csv)
    {
        var f = new string[csv.FieldCount];
        for (var i = 0; i < f.Length; i++)
        {
            f[i] = csv.GetString(i).Trim();
        }
        return f;
    }

    private static double? Parse(string s, RecordLocation at, string column) =>
        s.Length == 0 ? null
        : double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNaN(v) && !double.IsInfinity(v) ? v
        : throw new ReturnFormatException(at, column + ": '" + s + "' is not a number.");
}
