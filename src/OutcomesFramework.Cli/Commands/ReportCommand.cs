using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using NodaTime;
using NodaTime.Text;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Reports;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes report --la X [--overlay local.json] [--rules set.json] [--period 2025] --out leeds.html</c>: one council's
/// accessible HTML report; <c>outcomes report --england --out england.html</c>: the all-council overview. See docs/report.md.
/// </summary>
internal static class ReportCommand
{
    /// <summary>What every report says about its data: the sources and their licence.</summary>
    internal const string DataSource = "Contains public sector information licensed under the Open Government Licence v3.0 (Department for Education, Office for National Statistics, Ofsted): Explore Education Statistics releases, ONS population estimates and Ofsted ILACS outcomes, as listed in the OutcomesFramework.England package.";

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var options = new ScoringOptions(withLa: false, withFormat: false);
        var la = new Option<string?>("--la") { Description = "The council: a name in any common spelling, its 3-digit DfE code or its 9-character ONS code." };
        var england = new Option<bool>("--england") { Description = "The all-council overview instead: league by outcome with coverage, early-warning levels, regional summary." };
        var output = new Option<string>("--out") { Description = "The HTML file to write (UTF-8, no byte order mark).", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "Output: " + string.Join("; ", ReportOutput.CouncilFormats.Formats.Select(f => f.Name + " (" + f.Description + ")")) + ". Default: " + ReportOutput.CouncilFormats.Formats[0].Name + ".",
            DefaultValueFactory = _ => ReportOutput.CouncilFormats.Formats[0].Name,
        };
        var rules = new Option<string?>("--rules") { Description = "A rule-set JSON file to run instead of the default England rule set (docs/assurance.md)." };
        var baseRules = new Option<string?>("--base") { Description = "The rule-set file that the --rules file extends, when it has 'extends'." };
        var asOf = new Option<string?>("--as-of") { Description = "The assessment date, yyyy-MM-dd (default: the date of the latest publication in the data, so the same data give the same report on any day)." };
        var regime = new Option<string>("--regime")
        {
            Description = "The accountability regime whose map is shown and names each finding's owner.",
            DefaultValueFactory = _ => AccountabilityRegime.ChildrenAndSocialWorkAct2017Id,
        };
        regime.AcceptOnlyFromAmong(AccountabilityRegime.Named.Select(r => r.Id).ToArray());
        var uncertainty = new Option<bool>("--uncertainty") { Description = "Give each rank its 5–95% interval from a Monte Carlo over the observations' sampling uncertainty: \"41st of 153 (28th–63rd)\" (docs/uncertainty.md)." };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo replications with --uncertainty (default 1000).", DefaultValueFactory = _ => UncertaintyOptions.Default.Runs };
        var seed = new Option<ulong>("--seed") { Description = "The seed with --uncertainty (default 42): the same seed gives the same file.", DefaultValueFactory = _ => UncertaintyOptions.Default.Seed };
        var command = new Command("report", "An accessible, self-contained HTML report: one council's scores, charts, findings and accountability (--la), or every council (--england). See docs/report.md.");
        command.Options.Add(la);
        command.Options.Add(england);
        options.AddTo(command);
        command.Options.Add(rules);
        command.Options.Add(baseRules);
        command.Options.Add(asOf);
        command.Options.Add(regime);
        command.Options.Add(uncertainty);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => CommandRunner.Run(parse, writer =>
        {
            var name = parse.GetValue(la);
            var all = parse.GetValue(england);
            if ((name is null) == !all)
            {
                throw new UserErrorException("give either --la <council> or --england.");
            }
            var formatName = parse.GetValue(format);
            var councilFormat = ReportOutput.CouncilFormats.Find(formatName);
            var englandFormat = ReportOutput.EnglandFormats.Find(formatName);
            if (councilFormat is null || englandFormat is null)
            {
                throw new UserErrorException("Unknown --format '" + formatName + "'; use " + string.Join(", ", ReportOutput.CouncilFormats.Names) + ".");
            }
            var path = CliInputs.OutputFile(parse.GetValue(output)!);
            var data = EnglandData.Default;
            var engine = options.Engine(parse, parse.InvocationConfiguration.Error);
            var ruleSet = AssureCommand.LoadRules(parse.GetValue(rules), parse.GetValue(baseRules), data);
            var date = AsOf(parse.GetValue(asOf), data);
            var intervals = parse.GetValue(uncertainty) ? Intervals(parse.GetValue(runs), parse.GetValue(seed)) : null;
            string html;
            if (name is not null)
            {
                var area = ScoringOptions.LocalAuthority(engine, name);
                var card = RankedScorecard(engine, area, parse.GetValue(options.Period));
                html = councilFormat.ToText(Council(engine, card, ruleSet, date, parse.GetValue(regime)!, intervals?.Invoke(engine, card.Year).Find(area)));
            }
            else
            {
                var league = ScoringOptions.ForYear(() => engine.ScoreAll(parse.GetValue(options.Period), Environment.ProcessorCount));
                var results = new AssuranceEngine(ruleSet, engine.Framework).AssessAll(AssuranceEvidence.FromLeague(league, engine.Observations, date, data.Inspections));
                html = englandFormat.ToText(new EnglandReport(league, results, engine.Areas, new ReportProvenance(ToolVersion(), date, DataSource), ruleSet, intervals?.Invoke(engine, league.Year)));
            }
            try
            {
                File.WriteAllText(path, html, new System.Text.UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UserErrorException("cannot write '" + path + "': " + e.Message, e);
            }
            writer.WriteLine("Wrote " + path);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// The council's scorecard as scored in the league of every council, so that the report can give its overall and
    /// outcome ranks ("12th of 153"): a scorecard scored alone has none. Scoring all councils costs milliseconds.
    /// </summary>
    internal static Scorecard RankedScorecard(ScoringEngine engine, Areas.Area area, int? period)
    {
        var league = ScoringOptions.ForYear(() => engine.ScoreAll(period, Environment.ProcessorCount));
        return league.Find(area) ?? ScoringOptions.ForYear(() => engine.Score(area, period));
    }

    /// <summary>
    /// One council's report input, as <c>report --la</c> and <c>score --format html</c> make it: the scorecard with the
    /// engine's observations, the assurance result of <paramref name="ruleSet"/> as of <paramref name="asOf"/>, and the
    /// accountability map of <paramref name="regime"/>.
    /// </summary>
    internal static CouncilReport Council(ScoringEngine engine, Scorecard card, RuleSet ruleSet, LocalDate asOf, string regime, CouncilRankUncertainty? intervals = null)
    {
        var data = EnglandData.Default;
        var result = new AssuranceEngine(ruleSet, engine.Framework).Assess(AssuranceEvidence.FromScorecard(card, engine.Observations, asOf, data.Inspections));
        return new CouncilReport(card, engine.Observations, engine.Areas, engine.Neighbours, new ReportProvenance(ToolVersion(), asOf, DataSource), result, ruleSet, DefaultAccountabilityMaps.For(regime), intervals);
    }

    /// <summary>The rank-interval run the options ask for (checked before any scoring), as a function of the engine and year.</summary>
    private static Func<ScoringEngine, int, RankUncertainty> Intervals(int runs, ulong seed)
    {
        if (runs < UncertaintyOptions.MinimumRuns || runs > UncertaintyOptions.MaximumRuns)
        {
            throw new UserErrorException("--runs must be from " + UncertaintyOptions.MinimumRuns + " to " + UncertaintyOptions.MaximumRuns + ".");
        }
        var settings = UncertaintyOptions.Default.WithRuns(runs).WithSeed(seed);
        return (engine, year) => RankUncertaintyAnalysis.Run(engine, year, settings, Environment.ProcessorCount);
    }

    /// <summary>The assessment date: the one given, or the latest Ofsted publication the data hold (never the clock, so the report is reproducible).</summary>
    internal static LocalDate AsOf(string? text, EnglandData data)
    {
        if (text is null)
        {
            return data.Inspections.Count == 0 ? new LocalDate(2000, 1, 1) : data.Inspections.Max(i => i.PublicationDate);
        }
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new UserErrorException("--as-of: '" + text + "' is not a date in the form yyyy-MM-dd.");
    }

    /// <summary>The tool's version without the source-control suffix (so a rebuild of the same release prints the same).</summary>
    internal static string ToolVersion()
    {
        var version = typeof(ReportCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
