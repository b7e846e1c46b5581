using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.England;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outputs;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes data --la X [--period YEAR]</c>: a council's published figures for each indicator of the default
/// framework, with England, its region and the mean of its statistical neighbours beside them.
/// </summary>
internal static class DataCommand
{
    private static readonly string[] Headers = { "outcome", "indicator", "period", "value", "England", "region", "neighbours", "n", "good", "unit" };

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var la = new Option<string>("--la") { Description = "The council: a name in any common spelling, its 3-digit DfE code or its 9-character ONS code.", Required = true };
        var period = CliInputs.Period("The year the reporting periods end in (for example 2025). Default: each indicator's latest period.");
        var outputs = new OutputOptions<OutputTable>(OutputTable.Formats);
        var command = new Command("data", "Show a council's published figures beside England, its region and its statistical neighbours.") { la, period };
        outputs.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            CliInputs.NoteYearAlias(parse, parse.InvocationConfiguration.Error);
            outputs.Write(parse, output, View(EnglandData.Default, parse.GetValue(la)!, parse.GetValue(period)));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The data view for one council: its figures beside England, its region and its neighbours, at full precision.</summary>
    /// <param name="data">The England data.</param>
    /// <param name="laText">The council as the user typed it.</param>
    /// <param name="year">The year, or null for each indicator's latest period.</param>
    /// <returns>The view.</returns>
    internal static OutputTable View(EnglandData data, string laText, int? year)
    {
        var la = data.Areas.Get(CliInputs.AreaName(laText));
        if (la.Level != AreaLevel.LocalAuthority)
        {
            throw new UserErrorException("'" + laText + "' is " + la.Name + ", not a local authority. Give a council's name or code.");
        }
        var region = data.Areas.RegionOf(la)!;
        var neighbours = data.StatisticalNeighbours.NeighboursOf(la.Code);
        var observations = data.Observations;

        var rows = new List<OutputCell[]>();
        var unscored = new List<string>();
        foreach (var outcome in data.Framework.Outcomes)
        {
            foreach (var indicator in data.Framework.IndicatorsOf(outcome.Id))
            {
                ReportingPeriod? period = year is null ? observations.LatestPeriod(indicator.Id) : indicator.PeriodEnding(year.Value);
                if (period is null)
                {
                    continue;
                }
                var p = period.Value;
                var local = observations.Find(indicator.Id, la.Code, p);
                if (year is not null && local is null && observations.Find(indicator.Id, data.Areas.Country.Code, p) is null)
                {
                    continue;
                }
                if (!AnyCouncilHasValue(data, indicator))
                {
                    unscored.Add(indicator.Id);
                }
                var neighbourValues = neighbours
                    .Select(n => observations.Find(indicator.Id, n.AreaCode, p))
                    .Where(o => o is { HasValue: true }).Select(o => o!.Value.Value!.Value).ToList();
                rows.Add(new[]
                {
                    OutputCell.OfText(outcome.Id),
                    OutputCell.OfText(indicator.Id),
                    OutputCell.OfText(p.Label),
                    Cell(indicator, local),
                    Cell(indicator, observations.Find(indicator.Id, data.Areas.Country.Code, p)),
                    Cell(indicator, observations.Find(indicator.Id, region.Code, p)),
                    OutputCell.OfNumber(neighbourValues.Count == 0 ? null : neighbourValues.Average(), indicator.DecimalPlaces),
                    OutputCell.OfWhole(neighbourValues.Count),
                    OutputCell.OfText(Polarity(indicator.Polarity)),
                    OutputCell.OfText(indicator.Unit),
                });
            }
        }
        if (rows.Count == 0)
        {
            throw new UserErrorException(year is null
                ? "There are no figures for " + la.Name + "."
                : "There are no figures for " + year.Value.ToString(CultureInfo.InvariantCulture) + ". Try a year between the earliest and latest published, or leave out --period.");
        }

        var notes = new List<string>();
        if (unscored.Count > 0)
        {
            // The same answer as score and explain: with no council value in any period there is nothing to rank or score.
            notes.Add("Not scored (no council has a value in any period, so score and explain show no figure): " + string.Join(", ", unscored) + ".");
        }
        notes.Add("Symbols: c suppressed, x not available, z not applicable, u low reliability, low rounds to zero, - no figure.");
        notes.Add("Neighbours: mean of the statistical neighbours with a figure (LAIT); n: how many had one. Figures are shown to each indicator's decimal places (JSON and CSV keep full precision).");
        notes.Add("Contains public sector information licensed under the Open Government Licence v3.0.");
        var title = la.Name + " (" + la.OldCode + ", " + la.Code + "), region " + region.Name
            + "; statistical neighbours: " + string.Join(", ", neighbours.Select(n => data.Areas.Find(n.AreaCode)?.Name ?? n.AreaCode));
        return new OutputTable(title, Headers, rows, notes);
    }

    private static bool AnyCouncilHasValue(EnglandData data, Indicator indicator) =>
        data.Areas.LocalAuthorities.Any(a => data.Observations.Series(indicator.Id, a.Code).Any(o => o.HasValue));

    private static string Polarity(OutcomesFramework.Polarity polarity) => polarity switch
    {
        OutcomesFramework.Polarity.HigherIsBetter => "high",
        OutcomesFramework.Polarity.LowerIsBetter => "low",
        _ => "-",
    };

    private static OutputCell Cell(Indicator indicator, Observation? observation)
    {
        if (observation is null)
        {
            return OutputCell.OfText(null);
        }
        var o = observation.Value;
        return o.HasValue ? OutputCell.OfNumber(o.Value!.Value, indicator.DecimalPlaces) : OutputCell.OfText(o.Status.ToSymbol());
    }
}
