using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Outputs;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes assure --la X</c>: one council's early-warning level and findings with their evidence and owners;
/// <c>outcomes assure --all</c>: every council's level, worst first. On the England data package and the default
/// England rule set, or a rule set of the council's own.
/// </summary>
internal static class AssureCommand
{

    private static readonly string[] FindingColumns = { "severity", "rule", "outcome", "indicator", "message", "evidence", "explanation", "owner", "probability", "probabilityLower", "probabilityUpper" };

    private static readonly string[] LevelColumns = { "position", "authority", "laCode", "areaCode", "level", "serious", "concern", "advisory", "information", "raisedBy", "probability", "probabilityLower", "probabilityUpper" };

    /// <summary>How many contributions to the model's probability the table shows.</summary>
    internal const int TopContributions = 5;

    /// <summary>Creates the <c>assure</c> command.</summary>
    /// <returns>The command, for the host to add to its root command.</returns>
    internal static Command Create()
    {
        var la = new Option<string>("--la") { Description = "The local authority: name, ONS code or DfE 3-digit code." };
        var all = new Option<bool>("--all") { Description = "Every local authority's early-warning level, worst first." };
        var year = CliInputs.Period("The scorecard year (default: the latest year with data).");
        var asOf = new Option<string>("--as-of") { Description = "The assessment date, yyyy-MM-dd: Ofsted reports published by then are known (default: today)." };
        var rules = new Option<string>("--rules") { Description = "A rule-set JSON file to run instead of the default England rule set (docs/assurance.md)." };
        var baseRules = new Option<string>("--base") { Description = "The rule-set file that the --rules file extends, when it has 'extends'." };
        var regime = new Option<string>("--regime")
        {
            Description = "The accountability regime whose default map names each finding's owner.",
            DefaultValueFactory = _ => AccountabilityRegime.ChildrenAndSocialWorkAct2017Id,
        };
        regime.AcceptOnlyFromAmong(AccountabilityRegime.Named.Select(r => r.Id).ToArray());
        var outputs = new OutputOptions<OutputTable>(OutputTable.Formats);
        var command = new Command("assure", "Assurance findings and the early-warning level (none, watch, concern, serious) of one council (--la) or every council (--all).")
        {
            la, all, year, asOf, rules, baseRules, regime,
        };
        outputs.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(parse, output =>
        {
            var name = parse.GetValue(la);
            var every = parse.GetValue(all);
            if ((name is null) == !every)
            {
                throw new UserErrorException("give either --la <authority> or --all.");
            }
            CliInputs.NoteYearAlias(parse, parse.InvocationConfiguration.Error);
            var format = outputs.Chosen(parse);
            var data = EnglandData.Default;
            var ruleSet = LoadRules(parse.GetValue(rules), parse.GetValue(baseRules), data, withModel: true);
            var engine = new AssuranceEngine(ruleSet, data.Framework);
            var scoring = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours);
            var date = ParseDate(parse.GetValue(asOf)) ?? NewestDataDate(data);
            if (name is not null)
            {
                var area = data.Areas.Get(CliInputs.AreaName(name));
                var card = scoring.Score(area, parse.GetValue(year));
                var result = engine.Assess(AssuranceEvidence.FromScorecard(card, data.Observations, date, data.Inspections));
                var router = new FindingRouter(DefaultAccountabilityMaps.For(parse.GetValue(regime)!));
                using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                if (format.Name == "table")
                {
                    WriteOne(text, result, router, data.Framework);
                }
                else
                {
                    format.Write(Findings(result, router), text);
                }
                OutputOptions<OutputTable>.Emit(parse, outputs.Out, output, text.ToString());
            }
            else
            {
                var league = scoring.ScoreAll(parse.GetValue(year));
                var results = RankByModel(engine.AssessAll(AssuranceEvidence.FromLeague(league, data.Observations, date, data.Inspections)));
                using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                if (format.Name == "table")
                {
                    WriteAll(text, results);
                }
                else
                {
                    format.Write(Levels(results), text);
                }
                OutputOptions<OutputTable>.Emit(parse, outputs.Out, output, text.ToString());
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes one council's result: the level, what raised it, then each finding with its evidence, link and owner.</summary>
    internal static void WriteOne(TextWriter output, AssuranceResult result, FindingRouter? router, Framework? framework = null)
    {
        output.WriteLine(result.Area + ": early-warning level " + result.Level.ToName() + " (rule set " + result.RuleSetId + " " + result.RuleSetVersion
            + ", scorecard " + Int(result.Year) + ", as of " + Date(result.AsOf) + ")");
        output.WriteLine(result.RaisedBy.IsEmpty
            ? "Raised by: nothing above information."
            : "Raised by: " + string.Join(", ", result.RaisedBy.Select(f => f.RuleId + (f.IndicatorId is null ? string.Empty : " (" + f.IndicatorId + ")")).Distinct(StringComparer.Ordinal)));
        if (Model(result) is { } model)
        {
            var risk = model.Risk!;
            output.WriteLine("Early-warning model (" + model.RuleId + "): probability of " + risk.Target + " " + risk.Describe()
                + "; the largest contributions (log-odds):");
            foreach (var c in risk.Contributions.Take(TopContributions))
            {
                output.WriteLine("  " + c.Description);
            }
        }
        output.WriteLine(Count(result.Findings.Length, "finding") + ":");
        foreach (var f in result.Findings)
        {
            var subject = f.IndicatorId is not null ? f.OutcomeId + " " + f.IndicatorId : f.OutcomeId ?? "children's services overall";
            output.WriteLine("  [" + f.Severity.ToName() + "] " + f.RuleId + ": " + subject);
            output.WriteLine("    " + f.Message);
            if (!f.Evidence.IsEmpty)
            {
                var decimals = f.IndicatorId is null ? null : framework?.FindIndicator(f.IndicatorId)?.DecimalPlaces;
                output.WriteLine("    evidence: " + string.Join("; ", f.Evidence.Select(e => e.Name + " = " + ForReading(e, decimals))));
            }
            if (f.ExplanationPath is not null)
            {
                output.WriteLine("    explanation: " + f.ExplanationPath);
            }
            if (router is not null)
            {
                output.WriteLine("    owner: " + Owners(router, f));
            }
        }
    }

    /// <summary>
    /// An evidence value for reading: a whole number as it is, any other number to the finding's indicator's decimal
    /// places (2 when the finding has no indicator) as every table rounds (<see cref="OutputCell.ToDisplay"/>), text
    /// as given. JSON and CSV keep the full precision.
    /// </summary>
    internal static string ForReading(EvidenceValue e, int? decimals)
    {
        if (e.Number is not { } n)
        {
            return e.Text;
        }
        if (Math.Abs(n) < 1e15 && n == Math.Floor(n))
        {
            return n.ToString("F0", CultureInfo.InvariantCulture);
        }
        return OutputCell.OfNumber(n, decimals ?? 2).ToDisplay();
    }

    /// <summary>Writes every council's level, worst first, with the counts of findings by severity and the rules that raised the level.</summary>
    internal static void WriteAll(TextWriter output, IReadOnlyList<AssuranceResult> results)
    {
        if (results.Count == 0)
        {
            output.WriteLine("No authorities.");
            return;
        }
        var first = results[0];
        var levels = new[] { EarlyWarningLevel.Serious, EarlyWarningLevel.Concern, EarlyWarningLevel.Watch, EarlyWarningLevel.None };
        var ranked = Model(first) is not null;
        output.WriteLine("Early-warning levels, rule set " + first.RuleSetId + " " + first.RuleSetVersion + ", scorecards " + Int(first.Year) + ", as of " + Date(first.AsOf) + ": "
            + string.Join(", ", levels.Select(l => l.ToName() + " " + Int(results.Count(r => r.Level == l))))
            + (ranked ? "; ranked by the early-warning model's probability, highest first" : string.Empty));
        var width = Math.Max(9, results.Max(r => Label(r).Length));
        output.WriteLine("   # " + "authority".PadRight(width) + (ranked ? "  probability [95% interval]" : string.Empty) + "  level    serious concern advisory info  raised by");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var risk = Model(r)?.Risk;
            var probability = !ranked ? string.Empty
                : "  " + (risk is null ? "-" : Probability(risk)).PadRight(27);
            output.WriteLine(Int(i + 1).PadLeft(4) + " " + Label(r).PadRight(width) + probability + "  " + r.Level.ToName().PadRight(8) + " "
                + Int(r.Count(Severity.Serious)).PadLeft(7) + " " + Int(r.Count(Severity.Concern)).PadLeft(7) + " " + Int(r.Count(Severity.Advisory)).PadLeft(8) + " "
                + Int(r.Count(Severity.Information)).PadLeft(4) + "  " + string.Join(", ", r.RaisedBy.Select(f => f.RuleId).Distinct(StringComparer.Ordinal)));
        }
    }

    /// <summary>One council's findings as rows, for JSON and CSV: evidence values as given (full precision).</summary>
    internal static OutputTable Findings(AssuranceResult result, FindingRouter? router)
    {
        var rows = result.Findings.Select(f => new[]
        {
            OutputCell.OfText(f.Severity.ToName()), OutputCell.OfText(f.RuleId), OutputCell.OfText(f.OutcomeId), OutputCell.OfText(f.IndicatorId),
            OutputCell.OfText(f.Message),
            OutputCell.OfText(f.Evidence.IsEmpty ? null : string.Join("; ", f.Evidence.Select(e => e.Name + " = " + e.Text))),
            OutputCell.OfText(f.ExplanationPath),
            OutputCell.OfText(router is null ? null : Owners(router, f)),
            OutputCell.OfNumber(f.Risk?.Probability, 4), OutputCell.OfNumber(f.Risk?.Lower, 4), OutputCell.OfNumber(f.Risk?.Upper, 4),
        });
        var title = result.Area + ": early-warning level " + result.Level.ToName() + " (rule set " + result.RuleSetId + " " + result.RuleSetVersion
            + ", scorecard " + Int(result.Year) + ", as of " + Date(result.AsOf) + ")";
        return new OutputTable(title, FindingColumns, rows);
    }

    /// <summary>Every council's level as rows, worst first, for JSON and CSV.</summary>
    internal static OutputTable Levels(IReadOnlyList<AssuranceResult> results)
    {
        var rows = results.Select((r, i) => new[]
        {
            OutputCell.OfWhole(i + 1), OutputCell.OfText(r.Area.Name), OutputCell.OfText(r.Area.OldCode), OutputCell.OfText(r.Area.Code), OutputCell.OfText(r.Level.ToName()),
            OutputCell.OfWhole(r.Count(Severity.Serious)), OutputCell.OfWhole(r.Count(Severity.Concern)), OutputCell.OfWhole(r.Count(Severity.Advisory)),
            OutputCell.OfWhole(r.Count(Severity.Information)),
            OutputCell.OfText(string.Join(", ", r.RaisedBy.Select(f => f.RuleId).Distinct(StringComparer.Ordinal))),
            OutputCell.OfNumber(Model(r)?.Risk!.Probability, 4), OutputCell.OfNumber(Model(r)?.Risk!.Lower, 4), OutputCell.OfNumber(Model(r)?.Risk!.Upper, 4),
        });
        var title = results.Count == 0 ? null : "Early-warning levels, rule set " + results[0].RuleSetId + " " + results[0].RuleSetVersion + ", scorecards " + Int(results[0].Year) + ", as of " + Date(results[0].AsOf);
        return new OutputTable(title, LevelColumns, rows);
    }

    private static string Owners(FindingRouter router, Finding f)
    {
        var route = router.Route(f.ToRoutableFinding());
        var accountable = route.RecipientsFor(RouteReasonKind.Accountable).ToList();
        var owners = accountable.Count > 0 ? accountable : route.Recipients.ToList();
        return owners.Count == 0 ? "none in the map" : string.Join(", ", owners.Select(r => r.Role.Name));
    }

    /// <summary>The finding of the rule set's first logistic-score rule, which carries the model's probability, or null.</summary>
    internal static Finding? Model(AssuranceResult result)
    {
        foreach (var f in result.Findings)
        {
            if (f.Risk is not null)
            {
                return f;
            }
        }
        return null;
    }

    /// <summary>Orders the results by the model's probability, highest first (ties keep the engine's order: worst level first), when the rule set has a model; otherwise leaves them.</summary>
    internal static IReadOnlyList<AssuranceResult> RankByModel(IReadOnlyList<AssuranceResult> results) =>
        results.Count == 0 || Model(results[0]) is null
            ? results
            : results.OrderByDescending(r => Model(r)?.Risk!.Probability ?? double.NegativeInfinity).ToList();

    /// <summary>
    /// The date of the newest data in the package: the latest of the Ofsted reports' publication dates and the days
    /// the framework's latest statistics became public (<see cref="PublicationCalendar.England"/>). The default of
    /// <c>--as-of</c>, so that the same package gives the same output whatever the day.
    /// </summary>
    internal static LocalDate NewestDataDate(EnglandData data)
    {
        var newest = data.Inspections.Select(i => i.PublicationDate).DefaultIfEmpty(new LocalDate(2000, 1, 1)).Max();
        foreach (var indicator in data.Framework.Indicators)
        {
            if (data.Observations.LatestPeriod(indicator.Id) is { } period)
            {
                var published = PublicationCalendar.England.PublishedOn(period);
                newest = published > newest ? published : newest;
            }
        }
        return newest;
    }

    internal static RuleSet LoadRules(string? path, string? basePath, EnglandData data, bool withModel = false)
    {
        if (path is null)
        {
            if (basePath is not null)
            {
                throw new UserErrorException("--base is used only with --rules.");
            }
            return withModel ? data.EarlyWarningRuleSet : data.RuleSet;
        }
        var baseSet = basePath is null ? null : Read(basePath, data, null);
        return Read(path, data, baseSet);
    }

    private static RuleSet Read(string path, EnglandData data, RuleSet? baseSet)
    {
        CliInputs.ExistingFile(path, "The rule-set file");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException("cannot read '" + path + "': " + e.Message, e);
        }
        return RuleSetJson.Read(bytes, data.Framework, baseSet, Path.GetFileName(path));
    }

    private static LocalDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new UserErrorException("--as-of: '" + text + "' is not a date in the form yyyy-MM-dd.");
    }

    private static string Probability(RiskEstimate risk) =>
        risk.Probability.ToString("0.00", CultureInfo.InvariantCulture) + " [" + risk.Lower.ToString("0.00", CultureInfo.InvariantCulture) + ", "
        + risk.Upper.ToString("0.00", CultureInfo.InvariantCulture) + "]";

    private static string Label(AssuranceResult r) => r.Area.Name + " (" + (r.Area.OldCode ?? r.Area.Code) + ")";

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => Int(n) + " " + noun + (n == 1 ? string.Empty : "s");
}
