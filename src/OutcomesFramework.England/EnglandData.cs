using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.England.Areas;
using OutcomesFramework.England.Inspections;
using OutcomesFramework.England.Internal;
using OutcomesFramework.England.Lait;
using OutcomesFramework.England.Snapshot;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Evidence.Lait;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Inspections;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.England;

/// <summary>
/// The England data package: the 153 upper-tier local authorities, regions and England, the DfE statistical
/// neighbours (2025), Ofsted's ILACS judgements, the default <i>Every Child Matters (England)</i> framework and the
/// published statistics behind it.
/// </summary>
/// <remarks>
/// <para>Use <see cref="Default"/>. Each part is built the first time it is asked for, once, thread-safely, from
/// data embedded in this assembly; nothing is read from disk or the network.</para>
/// <para>Contains public sector information licensed under the Open Government Licence v3.0 (Department for
/// Education, Office for National Statistics, Ofsted).</para>
/// </remarks>
/// <threadsafety>This type is thread-safe.</threadsafety>
public sealed class EnglandData
{
    /// <summary>The file name of the embedded default framework (framework JSON format v1).</summary>
    public const string FrameworkFileName = "ecm-england.json";

    /// <summary>The file name of the embedded default assurance rule set (rule-set JSON format v1).</summary>
    public const string RuleSetFileName = "ecm-england-assurance.json";

    /// <summary>The file name of the embedded early-warning rule set: <see cref="RuleSetFileName"/> extended with the fitted early-warning model (rule-set JSON format v1).</summary>
    public const string EarlyWarningRuleSetFileName = "ecm-england-early-warning.json";

    private static readonly Lazy<EnglandData> DefaultInstance = new(() => new EnglandData(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<AreaCatalogue> areas;
    private readonly Lazy<StatisticalNeighbourModel> neighbours;
    private readonly Lazy<(InspectionHistory History, ImmutableArray<InspectionFileReport> Reports)> inspections;
    private readonly Lazy<Framework> framework;
    private readonly Lazy<RuleSet> ruleSet;
    private readonly Lazy<RuleSet> earlyWarningRuleSet;
    private readonly Lazy<ObservationSet> observations;
    private readonly Lazy<EesIngestReport> ingestReport;
    private readonly Lazy<ImmutableArray<LaitMeasure>> laitMeasures;

    /// <summary>Creates an instance that builds everything afresh (the benchmarks measure a cold start with it).</summary>
    internal EnglandData()
    {
        const LazyThreadSafetyMode once = LazyThreadSafetyMode.ExecutionAndPublication;
        areas = new Lazy<AreaCatalogue>(EnglandAreas.Load, once);
        neighbours = new Lazy<StatisticalNeighbourModel>(() => EnglandNeighbours.Load(Areas), once);
        inspections = new Lazy<(InspectionHistory, ImmutableArray<InspectionFileReport>)>(() => OfstedIlacsLoader.Load(Areas), once);
        framework = new Lazy<Framework>(LoadFramework, once);
        ruleSet = new Lazy<RuleSet>(LoadRuleSet, once);
        earlyWarningRuleSet = new Lazy<RuleSet>(() => LoadEarlyWarningRuleSet(RuleSet), once);
        // The snapshot's two sections are decoded apart: most users never ask for the ingest report.
        observations = new Lazy<ObservationSet>(() => EmbeddedData.Decode(EnglandSnapshot.ResourceName, EnglandSnapshot.ReadObservations), once);
        ingestReport = new Lazy<EesIngestReport>(() => EmbeddedData.Decode(EnglandSnapshot.ResourceName, EnglandSnapshot.ReadReport), once);
        laitMeasures = new Lazy<ImmutableArray<LaitMeasure>>(() => LaitCatalogue.Load(Framework), once);
    }

    /// <summary>Gets the England data embedded in this package.</summary>
    public static EnglandData Default => DefaultInstance.Value;

    /// <summary>Gets England (<c>E92000001</c>), the nine ONS regions, the DfE's Inner and Outer London as sub-regions of London
    /// (<c>E13000001</c> and <c>E13000002</c>, with their 14 and 19 boroughs; their codes resolve to London) and the 153
    /// upper-tier local authorities, with their DfE 3-digit codes, earlier ONS codes and the spellings DfE and Ofsted use.</summary>
    public AreaCatalogue Areas => areas.Value;

    /// <summary>Gets the DfE children's services statistical-neighbour model (2025 refresh): ten neighbours per authority, closest first.</summary>
    public StatisticalNeighbourModel StatisticalNeighbours => neighbours.Value;

    /// <summary>Gets the default framework, <i>Every Child Matters (England)</i>: the five outcomes and 30 aims, at least ten
    /// scored indicators per outcome (each with figures for at least 120 of the 153 authorities), context measures and
    /// enablers, on the DfE's EES files and LAIT (see docs/default-framework.md).</summary>
    public Framework Framework => framework.Value;

    /// <summary>Gets the published statistics for every indicator of <see cref="Framework"/> and every measure of
    /// <see cref="LaitMeasures"/>: England, the regions, Inner and Outer London and the 153 authorities, every year in the
    /// published files, as the EES and LAIT readers read them.</summary>
    public ObservationSet Observations => observations.Value;

    /// <summary>Gets the readers' account of the published files behind <see cref="Observations"/>: for every EES file and
    /// for LAIT's long file, the rows read, used, filtered (with reasons, and the former and combined authorities) and rejected.</summary>
    public EesIngestReport IngestReport => ingestReport.Value;

    /// <summary>Gets every measure of the DfE Local Authority Interactive Tool (LAIT), key order, each with the indicator that
    /// carries its figures in <see cref="Observations"/>.</summary>
    public ImmutableArray<LaitMeasure> LaitMeasures => laitMeasures.Value;

    /// <summary>Finds a LAIT measure by its key (<c>FirstYJS</c>, any case) or by its indicator's id.</summary>
    /// <param name="keyOrId">The key or id.</param>
    /// <returns>The measure, or null when none matches.</returns>
    public LaitMeasure? FindLaitMeasure(string? keyOrId)
    {
        if (string.IsNullOrWhiteSpace(keyOrId))
        {
            return null;
        }
        var text = keyOrId!.Trim();
        LaitMeasure? caseless = null;
        foreach (var m in LaitMeasures)
        {
            if (string.Equals(m.Key, text, StringComparison.Ordinal) || string.Equals(m.Indicator.Id, text, StringComparison.Ordinal)
                || (m.PublishedAs is not null && string.Equals(m.PublishedAs.Id, text, StringComparison.Ordinal)))
            {
                return m;
            }
            if (caseless is null && (string.Equals(m.Key, text, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Indicator.Id, text, StringComparison.OrdinalIgnoreCase)))
            {
                caseless = m;
            }
        }
        return caseless;
    }

    /// <summary>Gets the indicators whose figures come from LAIT's long file: every LAIT measure's indicator, except those an
    /// EES-sourced framework indicator already publishes (see <see cref="LaitMeasure.PublishedAs"/>).</summary>
    public ImmutableArray<Indicator> LaitIndicators => LaitMeasures.Where(m => m.PublishedAs is null).Select(m => m.Indicator).ToImmutableArray();

    /// <summary>Reads a LAIT long file (a newer LAIT release, or a file in the same shape) for <see cref="LaitIndicators"/> or
    /// <paramref name="indicators"/>, mapping rows onto <see cref="Areas"/>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="indicators">The indicators to read; null for <see cref="LaitIndicators"/>.</param>
    /// <param name="fileName">The file's name, for the report; indicators are read from it when their source names it.</param>
    /// <returns>The observations and the account of every row read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="EesFormatException">The file cannot be read as a LAIT long file.</exception>
    public EesIngest ReadLait(TextReader text, IEnumerable<Indicator>? indicators = null, string fileName = LaitReader.FileName) =>
        new LaitReader(Areas).Read(indicators ?? LaitIndicators, text ?? throw new ArgumentNullException(nameof(text)), fileName);

    /// <summary>Reads every published file behind <see cref="Observations"/>: the EES files and LAIT's long file (what the
    /// embedded snapshot is written from).</summary>
    internal EesIngest ReadPublished(Func<string, TextReader> openEes, Func<TextReader> openLait)
    {
        var ees = ReadEes(openEes);
        EesIngest lait;
        using (var text = openLait())
        {
            lait = ReadLait(text);
        }
        var builder = new ObservationSet.Builder();
        builder.AddRange(ees.Observations);
        builder.AddRange(lait.Observations);
        return new EesIngest(builder.ToObservationSet(), new EesIngestReport(ees.Report.Files.AddRange(lait.Report.Files)));
    }

    /// <summary>Gets Ofsted's ILACS inspections (2018–2025) and the focused and monitoring visits of 2024-25, by authority.</summary>
    public InspectionHistory Inspections => inspections.Value.History;

    /// <summary>Gets what loading each Ofsted file did with its rows (history, in-year activity, position at 31 March 2025).</summary>
    public ImmutableArray<InspectionFileReport> InspectionReports => inspections.Value.Reports;

    /// <summary>Reads EES tidy CSV files (a newer release, or a council's own extract in the same layout) for
    /// <see cref="EesIndicators"/>, mapping rows onto <see cref="Areas"/>.</summary>
    /// <param name="openFile">Opens a file by its EES file name; see <see cref="EesFiles"/>.</param>
    /// <returns>The observations and the account of every row read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="openFile"/> is null.</exception>
    /// <exception cref="EesFormatException">A file cannot be read as an EES file.</exception>
    /// <exception cref="FileNotFoundException">A file the indicators need was not supplied.</exception>
    public EesIngest ReadEes(Func<string, TextReader> openFile) => ReadEes(openFile, null);

    /// <summary>Reads EES tidy CSV files (a newer release, or a council's own extract in the same layout) for
    /// <see cref="EesIndicators"/>, or for <paramref name="indicators"/>, mapping rows onto <see cref="Areas"/>.</summary>
    /// <param name="openFile">Opens a file by its EES file name; see <see cref="EesFiles"/>.</param>
    /// <param name="indicators">The indicators to read; null for <see cref="EesIndicators"/>.</param>
    /// <returns>The observations and the account of every row read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="openFile"/> is null.</exception>
    /// <exception cref="EesFormatException">A file cannot be read as an EES file.</exception>
    /// <exception cref="FileNotFoundException">A file the indicators need was not supplied.</exception>
    public EesIngest ReadEes(Func<string, TextReader> openFile, IEnumerable<Indicator>? indicators) =>
        new EesReader(Areas).Read(indicators ?? EesIndicators, openFile ?? throw new ArgumentNullException(nameof(openFile)));

    /// <summary>Gets the indicators of <see cref="Framework"/> read from EES files: all but those whose source is LAIT's long file.</summary>
    public ImmutableArray<Indicator> EesIndicators => Framework.Indicators.Where(i => LaitReader.KeyOf(i) is null).ToImmutableArray();

    /// <summary>Reads EES tidy CSV files from a directory for <see cref="EesIndicators"/>; see <see cref="ReadEes(Func{string, TextReader}, IEnumerable{Indicator})"/>.</summary>
    /// <param name="directory">The directory holding the files, named as the indicators' sources name them.</param>
    /// <returns>The observations and the account of every row read.</returns>
    /// <exception cref="ArgumentException">The directory is blank.</exception>
    /// <exception cref="ArgumentNullException">The directory is null.</exception>
    /// <exception cref="EesFormatException">A file cannot be read as an EES file.</exception>
    /// <exception cref="FileNotFoundException">A file the indicators need is not in the directory.</exception>
    public EesIngest ReadEes(string directory) => ReadEes(directory, null);

    /// <summary>Reads EES tidy CSV files from a directory; see <see cref="ReadEes(Func{string, TextReader}, IEnumerable{Indicator})"/>.</summary>
    /// <param name="directory">The directory holding the files, named as the indicators' sources name them.</param>
    /// <param name="indicators">The indicators to read; null for <see cref="EesIndicators"/>.</param>
    /// <returns>The observations and the account of every row read.</returns>
    /// <exception cref="ArgumentException">The directory is blank.</exception>
    /// <exception cref="ArgumentNullException">The directory is null.</exception>
    /// <exception cref="EesFormatException">A file cannot be read as an EES file.</exception>
    /// <exception cref="FileNotFoundException">A file the indicators need is not in the directory.</exception>
    public EesIngest ReadEes(string directory, IEnumerable<Indicator>? indicators) =>
        ReadEes(EesFiles.FromDirectory(directory ?? throw new ArgumentNullException(nameof(directory))), indicators);

    /// <summary>
    /// Gets the default England assurance rule set (<c>ecm-england-assurance</c>, version 2025.1) for <see cref="Framework"/>:
    /// single signals (significantly worse than England, bottom quartile, worse than the statistical neighbours,
    /// deterioration, SPC concern and assurance, data quality) are information; baskets of signals across outcomes,
    /// workforce pressure, Ofsted context and a new Director raise the level. Designed from the research, not tuned to
    /// Ofsted's judgements (docs/assurance.md, docs/assurance-evaluation.md).
    /// </summary>
    /// <remarks>
    /// It lives here, not in the core library, because it names England's indicator ids. Read like a council's own
    /// (through <see cref="RuleSetJson"/>); a council's file can build on it with <c>"extends"</c>, and
    /// <c>outcomes rules show --format json</c> prints it.
    /// </remarks>
    public RuleSet RuleSet => ruleSet.Value;

    /// <summary>
    /// Gets <see cref="RuleSet"/> extended with the fitted early-warning model (<c>ecm-england-assurance</c>, version
    /// 2025.2): one <see cref="RuleKind.LogisticScore"/> rule, <c>early-warning-model</c>, fitted on every graded ILACS
    /// inspection of 2018–2025 (docs/assurance-evaluation.md), whose finding carries each council's probability of a
    /// "requires improvement" or "inadequate" judgement, its interval and the features' contributions; advisory (watch)
    /// from a probability of 0.5, information below. The model is weak (out-of-time AUC about 0.63): read it as one
    /// signal among others. <c>outcomes assure</c> runs this rule set by default.
    /// </summary>
    public RuleSet EarlyWarningRuleSet => earlyWarningRuleSet.Value;

    private static RuleSet LoadEarlyWarningRuleSet(RuleSet baseSet)
    {
        using var stream = EmbeddedData.Open(EarlyWarningRuleSetFileName);
        return RuleSetJson.Read(stream, null, baseSet, EarlyWarningRuleSetFileName);
    }

    private static RuleSet LoadRuleSet()
    {
        using var stream = EmbeddedData.Open(RuleSetFileName);
        return RuleSetJson.Read(stream, null, null, RuleSetFileName);
    }

    private static Framework LoadFramework()
    {
        using var stream = EmbeddedData.Open(FrameworkFileName);
        return FrameworkJson.Read(stream, FrameworkFileName);
    }
}
