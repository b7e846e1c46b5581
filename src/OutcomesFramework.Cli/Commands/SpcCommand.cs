using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outputs;
using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes spc --la X --indicator Y [--profile nhsr|nhse] [--format table|json]</c>: a council's XmR chart for one
/// indicator, as Making Data Count draws it — every point with its mean, process limits, variation and rule, and the
/// variation and assurance icons.
/// </summary>
internal static class SpcCommand
{
    private static readonly string[] PointColumns = { "period", "value", "mean", "lowerProcessLimit", "upperProcessLimit", "variation", "rule" };

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates the <c>spc</c> command.</summary>
    /// <returns>The command, for the host to add to its root command.</returns>
    internal static Command Create()
    {
        var la = new Option<string>("--la") { Description = "The local authority: name, ONS code or DfE 3-digit code.", Required = true };
        var indicator = new Option<string>("--indicator") { Description = "The indicator id, for example rereferrals.", Required = true };
        var profile = new Option<string>("--profile") { Description = "nhsr (NHSRplotthedots 0.2.2) or nhse (NHS England 2024).", DefaultValueFactory = _ => "nhsr" };
        profile.AcceptOnlyFromAmong("nhsr", "nhse");
        var format = new Option<string>("--format") { Description = "Output: table (for reading, figures to the indicator's decimal places), json (full precision, docs/spc.md) or csv (the points, full precision, RFC 4180).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var outFile = new Option<string?>("--out") { Description = "Write the output to this file (UTF-8, no byte order mark) instead of the console." };
        var year = CliInputs.Period("Draw the chart up to the indicator's period ending in this year (default: the latest).");
        var target = new Option<double?>("--target") { Description = "A target for the assurance icon." };
        var command = new Command("spc", "A council's XmR chart for one indicator (Making Data Count): points, limits, variation and assurance icons.")
        {
            la, indicator, profile, format, year, target, outFile,
        };
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var data = EnglandData.Default;
            CliInputs.NoteYearAlias(parse, parse.InvocationConfiguration.Error);
            var area = data.Areas.Get(CliInputs.AreaName(parse.GetValue(la)));
            var id = parse.GetValue(indicator)!;
            var definition = data.Framework.FindIndicator(id)
                ?? throw new UserErrorException("unknown indicator '" + id + "'; the framework's indicators are: " + string.Join(", ", data.Framework.Indicators.Select(i => i.Id)) + ".");
            var options = parse.GetValue(profile) == "nhse" ? SpcOptions.NhsEngland2024 : SpcOptions.NhsrPlotTheDots022;
            var evidence = Evidence(data, area, definition, parse.GetValue(year));
            var series = SpcCharts.Series(evidence);
            if (series.IsEmpty)
            {
                throw new UserErrorException(area.Name + " has no value for " + definition.Id + (parse.GetValue(year) is { } y ? " up to " + y.ToString(CultureInfo.InvariantCulture) : string.Empty) + ".");
            }
            var chart = Xmr.Compute(series.Select(p => p.Value).ToList(), options, SpcCharts.DirectionOf(definition.Polarity), parse.GetValue(target));
            using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(text, area, definition, series, chart);
                    break;
                case "csv":
                    OutputTable.Formats.Find("csv")!.Write(Points(definition, series, chart), text);
                    break;
                default:
                    WriteTable(text, area, definition, series, chart);
                    break;
            }
            OutputOptions<OutputTable>.Emit(parse, outFile, output, text.ToString());
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The authority's evidence for one indicator: its whole series up to the year, the latest period with data as the period used.</summary>
    private static IndicatorEvidence Evidence(EnglandData data, Area area, Indicator indicator, int? year)
    {
        var history = data.Observations.Series(indicator.Id, area.Code)
            .Where(o => o.Period.Kind == indicator.PeriodKind && (year is null || o.Period.EndYear <= year))
            .Select(o => new SeriesPoint(o.Period, o.Value, o.Status))
            .ToList();
        if (history.Count == 0)
        {
            return new IndicatorEvidence(indicator, indicator.PeriodEnding(year ?? 2000));
        }
        var last = history[history.Count - 1];
        return new IndicatorEvidence(indicator, last.Period, last.Period, last.Status, last.Value, history: history);
    }

    private static void WriteTable(TextWriter output, Area area, Indicator indicator, IReadOnlyList<SeriesPoint> series, XmrChart chart)
    {
        output.WriteLine(area + ": " + indicator.Title + " (" + indicator.Id + "), " + Polarity(indicator) + ". XmR chart, " + chart.Options.Name + ".");
        var periodWidth = Math.Max(6, series.Max(p => p.Period.ToString().Length));
        output.WriteLine("period".PadRight(periodWidth) + "  " + "value".PadLeft(10) + "  " + "mean".PadLeft(10) + "  " + "lower".PadLeft(10) + "  " + "upper".PadLeft(10) + "  variation           rule");
        // People read figures to the indicator's precision; JSON and CSV keep the full computed values.
        var dp = indicator.DecimalPlaces;
        var (low, high) = NaturalBounds(indicator);
        var clamped = false;
        string Limit(double? limit)
        {
            if (limit is { } l && (l < low || l > high))
            {
                clamped = true;
                return Number(Math.Min(Math.Max(l, low), high), dp) + "*";
            }
            return Number(limit, dp);
        }
        for (var i = 0; i < chart.Points.Length; i++)
        {
            var p = chart.Points[i];
            var value = p.Value is { } v ? Number(v, dp) : series[i].Status.Describe();
            output.WriteLine(series[i].Period.ToString().PadRight(periodWidth) + "  " + value.PadLeft(10) + "  " + Number(p.Mean, dp).PadLeft(10) + "  "
                + Limit(p.LowerProcessLimit).PadLeft(10) + "  " + Limit(p.UpperProcessLimit).PadLeft(10) + "  "
                + p.Variation.ToMdcName().PadRight(18) + "  " + p.SpecialCauseType.ToLabel(chart.Options));
        }
        if (clamped)
        {
            // As Making Data Count draws it: a limit past what the measure can take (a negative percentage) is drawn at the bound.
            output.WriteLine("* limit beyond the measure's natural bounds (" + Number(low, dp) + (double.IsPositiveInfinity(high) ? " or more" : " to " + Number(high, dp))
                + "), shown at the bound; --format json gives the computed limit.");
        }
        output.WriteLine("Variation icon: " + (chart.VariationIcon?.ToMdcName() ?? "none")
            + (chart.VariationIconPoint is { } at ? " (from " + series[at].Period + ")" : string.Empty)
            + "; assurance icon: " + (chart.AssuranceIcon?.ToMdcName() ?? "none") + (chart.Target is { } t ? " (target " + Number(t, dp) + ")" : string.Empty) + ".");
        foreach (var w in chart.Warnings)
        {
            output.WriteLine("Warning: " + w.Message);
        }
    }

    private static OutputTable Points(Indicator indicator, IReadOnlyList<SeriesPoint> series, XmrChart chart)
    {
        var dp = indicator.DecimalPlaces;
        var rows = chart.Points.Select((p, i) => new[]
        {
            OutputCell.OfText(series[i].Period.ToString()),
            p.Value is { } v ? OutputCell.OfNumber(v, dp) : OutputCell.OfText(series[i].Status.Describe()),
            OutputCell.OfNumber(p.Mean, dp), OutputCell.OfNumber(p.LowerProcessLimit, dp), OutputCell.OfNumber(p.UpperProcessLimit, dp),
            OutputCell.OfText(p.Variation.ToMdcName()), OutputCell.OfText(p.SpecialCauseType.ToLabel(chart.Options)),
        });
        return new OutputTable(null, PointColumns, rows);
    }

    private static void WriteJson(TextWriter output, Area area, Indicator indicator, IReadOnlyList<SeriesPoint> series, XmrChart chart)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("area", area.Name);
            w.WriteString("areaCode", area.Code);
            w.WriteString("indicator", indicator.Id);
            w.WriteString("title", indicator.Title);
            w.WriteString("polarity", Polarity(indicator));
            w.WriteString("profile", chart.Options.Name);
            w.WriteBoolean("limitsShown", chart.LimitsShown);
            w.WriteStartArray("points");
            for (var i = 0; i < chart.Points.Length; i++)
            {
                var p = chart.Points[i];
                w.WriteStartObject();
                w.WriteString("period", series[i].Period.ToString());
                Number(w, "value", p.Value);
                if (p.Value is null)
                {
                    w.WriteString("status", series[i].Status.Describe());
                }
                Number(w, "mean", p.Mean);
                Number(w, "lowerProcessLimit", p.LowerProcessLimit);
                Number(w, "upperProcessLimit", p.UpperProcessLimit);
                w.WriteString("variation", p.Variation.ToMdcName());
                w.WriteString("rule", p.SpecialCauseType.ToLabel(chart.Options));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (chart.VariationIcon is { } variation)
            {
                w.WriteString("variationIcon", variation.ToMdcName());
            }
            else
            {
                w.WriteNull("variationIcon");
            }
            if (chart.AssuranceIcon is { } assurance)
            {
                w.WriteString("assuranceIcon", assurance.ToMdcName());
            }
            else
            {
                w.WriteNull("assuranceIcon");
            }
            w.WriteStartArray("warnings");
            foreach (var warning in chart.Warnings)
            {
                w.WriteStringValue(warning.Message);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Number(double? value, int decimals) => OutputCell.OfNumber(value, decimals).ToDisplay();

    /// <summary>The values the measure can take: 0 to the multiplier for a proportion, 0 or more for counts and rates, anything otherwise.</summary>
    private static (double Low, double High) NaturalBounds(Indicator indicator) => indicator.MeasureKind switch
    {
        MeasureKind.Proportion => (0, indicator.Multiplier),
        MeasureKind.Count or MeasureKind.Rate => (0, double.PositiveInfinity),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };

    private static string Polarity(Indicator indicator) => indicator.Polarity switch
    {
        OutcomesFramework.Polarity.HigherIsBetter => "higher is better",
        OutcomesFramework.Polarity.LowerIsBetter => "lower is better",
        _ => "no polarity",
    };
}
