using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Cin;

/// <summary>
/// Reads a CIN census XML file (<c>Message/Header</c>, <c>Message/Children/Child</c>) for one collection year, child
/// by child (streaming, so an England-sized file is not held as one document), into flat tables: ChildIdentifiers,
/// ChildCharacteristics, Disabilities, CINdetails, Assessments, CINplanDates, Section47, ChildProtectionPlans, Reviews
/// and PreProceedingsandFGDM. Messiness is tolerated and flagged as in the 903 reader; malformed XML is a
/// <see cref="ReturnFormatException"/> with its line and XML path.
/// </summary>
/// <remarks>
/// Each child is read straight from the <see cref="XmlReader"/> into arrays reused from child to child
/// (<see cref="CinChildNodes"/>), not loaded as an <c>XElement</c>; records keep their XML path as the child's index
/// and a pooled tail (<see cref="RecordLocation"/>), and repeated values are pooled by the collector.
/// </remarks>
public sealed class CinCensusReader
{
    private const string ChildPath = "Message/Children/Child";

    private static readonly TableSchema ChildIdentifiersSchema = CinSchema.Get(CinSchema.ChildIdentifiers);
    private static readonly TableSchema ChildCharacteristicsSchema = CinSchema.Get(CinSchema.ChildCharacteristics);
    private static readonly TableSchema DisabilitiesSchema = CinSchema.Get(CinSchema.Disabilities);
    private static readonly TableSchema CinDetailsSchema = CinSchema.Get(CinSchema.CinDetails);
    private static readonly TableSchema AssessmentsSchema = CinSchema.Get(CinSchema.Assessments);
    private static readonly TableSchema CinPlanDatesSchema = CinSchema.Get(CinSchema.CinPlanDates);
    private static readonly TableSchema Section47Schema = CinSchema.Get(CinSchema.Section47);
    private static readonly TableSchema ChildProtectionPlansSchema = CinSchema.Get(CinSchema.ChildProtectionPlans);
    private static readonly TableSchema ReviewsSchema = CinSchema.Get(CinSchema.Reviews);
    private static readonly TableSchema PreProceedingsSchema = CinSchema.Get(CinSchema.PreProceedings);

    /// <summary>Creates a reader for the given collection year.</summary>
    /// <param name="year">The collection year (the census reference date is its 31 March).</param>
    public CinCensusReader(CollectionYear year)
    {
        Year = year;
    }

    /// <summary>Gets the collection year.</summary>
    public CollectionYear Year { get; }

    /// <summary>Reads a CIN census XML file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The return.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ReturnFormatException">The file is not well-formed CIN census XML.</exception>
    public ReturnData ReadFile(string path) => ReadFileUnless(path, CancellationToken.None);

    /// <summary>Reads a CIN census XML file, stopping with <see cref="OperationCanceledException"/> when <paramref name="stop"/> is cancelled (see <see cref="ReturnsReader"/>).</summary>
    internal ReturnData ReadFileUnless(string path, CancellationToken stop)
    {
        Preconditions.CheckNotBlank(path, nameof(path));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The CIN census file '" + path + "' does not exist.", path);
        }
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), true);
        return ReadUnless(Path.GetFileName(path), reader, stop);
    }

    /// <summary>Reads CIN census XML from a reader.</summary>
    /// <param name="name">The input's name, used in locations.</param>
    /// <param name="text">The XML text.</param>
    /// <returns>The return.</returns>
    /// <exception cref="ReturnFormatException">The input is not well-formed CIN census XML.</exception>
    public ReturnData Read(string name, TextReader text) => ReadUnless(name, text, CancellationToken.None);

    private ReturnData ReadUnless(string name, TextReader text, CancellationToken stop)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(text, nameof(text));
        var collector = new ReturnCollector(ReturnKind.CinCensus, Year) { ValuesPooled = true };
        // An empty (or white-space) file is reported as blank, as a census with no children is, not as malformed XML.
        if (LeadingTextReader.IsBlank(text, out var whole))
        {
            collector.Touch(name, CinSchema.ChildIdentifiers);
            collector.Problem(ReturnProblemKind.BlankFile, new RecordLocation(name, null, null), null, null, "the file is empty.", false);
            return collector.Build();
        }
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true, NameTable = Names() };
        using var xml = XmlReader.Create(whole, settings);
        var state = new ReadState(collector, name, Year);
        using var ahead = new CinReadAhead(xml);
        while (true)
        {
            stop.ThrowIfCancellationRequested();
            var batch = ahead.Next();
            for (var i = 0; i < batch.Count; i++)
            {
                var nodes = batch.Nodes[i]!;
                if (batch.Headers[i])
                {
                    collector.LocalAuthority = null;
                    for (var e = 1; e < nodes.Count; e++)
                    {
                        if (nodes.Is(e, "LEA"))
                        {
                            collector.LocalAuthority = nodes.DeepValue(e).Trim();
                        }
                        else if (nodes.Is(e, "Year") || nodes.Is(e, "ReferenceDate"))
                        {
                            CheckHeaderYear(collector, name, nodes, e);
                        }
                    }
                }
                else
                {
                    state.ChildIndex++;
                    state.Nodes = nodes;
                    state.ReadChild();
                }
            }
            if (batch.Error is { } error)
            {
                if (error.SourceException is XmlException e)
                {
                    // The child the parser was in: the elements before it were all handed over and read.
                    var child = batch.Children;
                    throw new ReturnFormatException(new RecordLocation(name, e.LineNumber, child > 0 ? ChildPath + "[" + child.ToString(CultureInfo.InvariantCulture) + "]" : "Message"), "not well-formed XML: " + e.Message, e);
                }
                error.Throw();
            }
            if (batch.NoRoot)
            {
                throw new ReturnFormatException(new RecordLocation(name, 1, null), "no Message root element: not a CIN census file.");
            }
            if (batch.Done)
            {
                if (state.ChildIndex == 0)
                {
                    collector.Touch(name, CinSchema.ChildIdentifiers);
                    collector.Problem(ReturnProblemKind.BlankFile, new RecordLocation(name, null, "Message/Children"), null, null,
                        batch.SawChildren ? "the file has no Child elements." : "the file has no Children element.", false);
                }
                break;
            }
            ahead.Recycle(batch);
        }
        return collector.Build();
    }

    /// <summary>
    /// Flags a header <c>Year</c> or <c>ReferenceDate</c> that is not the collection year being read: the DfE's census
    /// header gives the year the census ends (<c>Year</c> 2024 for 2023/24) and its reference date, 31 March of that
    /// year (rule 100). A census read as the wrong year would be validated and derived against the wrong dates, so the
    /// disagreement is reported; the records are kept, read as the year the caller chose.
    /// </summary>
    private void CheckHeaderYear(ReturnCollector collector, string name, CinChildNodes nodes, int element)
    {
        var field = nodes.Name(element);
        var text = nodes.DeepValue(element).Trim();
        var path = "Message/Header/CollectionDetails/" + field;
        var location = new RecordLocation(name, nodes.Line(element), path);
        if (field == "Year")
        {
            var agrees = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var endYear) && endYear == Year.EndYear;
            if (!agrees)
            {
                collector.Problem(ReturnProblemKind.CollectionYearMismatch, location, null, field,
                    "the header's Year '" + text + "' is not the census being read (" + Year + ", Year " + Year.EndYear.ToString(CultureInfo.InvariantCulture) + "); the file is read as " + Year + ".", false);
            }
            return;
        }
        if (FieldValues.ParseDate(text) != Year.End)
        {
            collector.Problem(ReturnProblemKind.CollectionYearMismatch, location, null, field,
                "the header's ReferenceDate '" + text + "' is not the " + Year + " census's reference date (" + Year.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "); the file is read as " + Year + ".", false);
        }
    }

    /// <summary>
    /// A name table holding the schemas' own field and table names and the reader's element names, so the reader
    /// atomises element names to those very instances: field lookups then find them by reference (see
    /// <see cref="TableSchema.IndexOf"/>) and the path counters can key on references.
    /// </summary>
    private static NameTable Names()
    {
        var table = new NameTable();
        foreach (var schema in CinSchema.All)
        {
            table.Add(schema.Name);
            foreach (var field in schema.Names)
            {
                table.Add(field);
            }
        }
        foreach (var name in new[] { "Message", "Header", "LEA", "Year", "ReferenceDate", "Children", "Child", "CINPlanDates", "Disability", "FactorsIdentifiedAtAssessment", "AssessmentFactors" })
        {
            table.Add(name);
        }
        return table;
    }

    /// <summary>
    /// One read's working state: the current child's nodes, the element counters that number its paths
    /// (<c>CINdetails[2]</c>), the pooled path tails and generated identifiers, and the module value lists.
    /// </summary>
    private sealed class ReadState
    {
        private readonly ReturnCollector collector;
        private readonly string name;
        private readonly CollectionYear year;

        // A path's tail (for example "/CINdetails[1]/Assessments[2]") by its parent's tail, the element's name and its
        // number among its like-named siblings (0: no number); the same few hundred tails recur in every child. Keyed
        // by reference: names are atomised by the reader's name table and tails are pooled here, so equal values are
        // the same instance and a reference key is a value key without hashing the text.
        private readonly Dictionary<(string Parent, string Name, int Number), string> tails = new(ReferenceKeys.Instance);
        private readonly Dictionary<(string Parent, string Name), int> counts = new(ReferenceKeys.Instance);
        private string?[] raw = new string?[16];
        private readonly Dictionary<(int Details, int Item), string> ids = new();
        private readonly CinModuleValues details = new();
        private readonly CinModuleValues module = new();
        private readonly StringBuilder factors = new();
        private string? childId;

        public ReadState(ReturnCollector collector, string name, CollectionYear year)
        {
            this.collector = collector;
            this.name = name;
            this.year = year;
        }

        /// <summary>Gets or sets the current child's nodes (a buffer of the read-ahead).</summary>
        public CinChildNodes Nodes { get; set; } = new();

        public int ChildIndex { get; set; }

        public void ReadChild()
        {
            var n = Nodes;
            childId = null;
            for (var m = n.FirstChild(0); m >= 0; m = n.NextSibling(m))
            {
                if (n.Is(m, "ChildIdentifiers"))
                {
                    for (var leaf = n.FirstChild(m); leaf >= 0; leaf = n.NextSibling(leaf))
                    {
                        if (n.Is(leaf, "LAchildID"))
                        {
                            childId = n.DeepValue(leaf);
                            break;
                        }
                    }
                    break;
                }
            }
            FlagStrayText();
            counts.Clear();
            var identifiersSeen = false;
            for (var m = n.FirstChild(0); m >= 0; m = n.NextSibling(m))
            {
                var moduleTail = Next(m, string.Empty);
                switch (n.Name(m))
                {
                    case "ChildIdentifiers":
                        identifiersSeen = true;
                        LeafValues(m, moduleTail, null);
                        Add(ChildIdentifiersSchema, m, moduleTail, null, module);
                        break;
                    case "ChildCharacteristics":
                        LeafValues(m, moduleTail, "Disabilities");
                        Add(ChildCharacteristicsSchema, m, moduleTail, null, module);
                        for (var disabilities = n.FirstChild(m); disabilities >= 0; disabilities = n.NextSibling(disabilities))
                        {
                            if (!n.Is(disabilities, "Disabilities"))
                            {
                                continue;
                            }
                            var dTail = Next(disabilities, moduleTail);
                            for (var d = n.FirstChild(disabilities); d >= 0; d = n.NextSibling(d))
                            {
                                var p = Next(d, dTail);
                                if (n.Name(d) != "Disability")
                                {
                                    Unknown(d, p);
                                    continue;
                                }
                                module.Clear();
                                module.Set("Disability", n.Value(d));
                                Add(DisabilitiesSchema, d, p, null, module);
                            }
                        }
                        break;
                    case "CINdetails":
                        ReadDetails(m, moduleTail);
                        break;
                    default:
                        Unknown(m, moduleTail);
                        break;
                }
            }
            if (!identifiersSeen)
            {
                // A child with no identifiers still counts: the validator reports it (8500), the account shows it.
                module.Clear();
                Add(ChildIdentifiersSchema, 0, string.Empty, null, module);
            }
        }

        private void ReadDetails(int cin, string tail)
        {
            var n = Nodes;
            var number = counts[(string.Empty, n.Name(cin))];
            var detailsId = Id(number, 0);
            details.Clear();
            details.Set("CINdetailsID", detailsId);
            var assessment = 0;
            var plan = 0;
            for (var e = n.FirstChild(cin); e >= 0; e = n.NextSibling(e))
            {
                var tag = n.Name(e);
                var p = Next(e, tail);
                switch (tag)
                {
                    case "Assessments":
                        assessment++;
                        var joined = Factors(e);
                        LeafValues(e, p, "FactorsIdentifiedAtAssessment");
                        module.Set("CINdetailsID", detailsId);
                        module.Set("AssessmentID", Id(number, assessment));
                        module.Set("AssessmentFactors", joined);
                        Add(AssessmentsSchema, e, p, null, module);
                        break;
                    case "CINPlanDates":
                        LeafValues(e, p, null);
                        Add(CinPlanDatesSchema, e, p, detailsId, module);
                        break;
                    case "Section47":
                        LeafValues(e, p, null);
                        Add(Section47Schema, e, p, detailsId, module);
                        break;
                    case "ChildProtectionPlans":
                        plan++;
                        var cppId = Id(number, plan);
                        LeafValues(e, p, "Reviews");
                        module.Set("CPPID", cppId);
                        Add(ChildProtectionPlansSchema, e, p, detailsId, module);
                        for (var reviews = n.FirstChild(e); reviews >= 0; reviews = n.NextSibling(reviews))
                        {
                            if (!n.Is(reviews, "Reviews"))
                            {
                                continue;
                            }
                            var rp = Next(reviews, p);
                            for (var r = n.FirstChild(reviews); r >= 0; r = n.NextSibling(r))
                            {
                                var rrp = Next(r, rp);
                                if (n.Name(r) != "CPPreviewDate")
                                {
                                    Unknown(r, rrp);
                                    continue;
                                }
                                module.Clear();
                                module.Set("CPPID", cppId);
                                module.Set("CPPreviewDate", n.Value(r));
                                Add(ReviewsSchema, r, rrp, detailsId, module);
                            }
                        }
                        break;
                    case "PreProceedingsandFGDM":
                        LeafValues(e, p, null);
                        Add(PreProceedingsSchema, e, p, detailsId, module);
                        break;
                    default:
                        if (n.HasElements(e))
                        {
                            Unknown(e, p);
                        }
                        else
                        {
                            details.Set(tag, n.Value(e));
                        }
                        break;
                }
            }
            Add(CinDetailsSchema, cin, tail, null, details);
        }

        /// <summary>The assessment's factors (every AssessmentFactors element inside it, blanks kept, empty tags not) joined by commas, or null.</summary>
        private string? Factors(int assessment)
        {
            var n = Nodes;
            factors.Clear();
            var any = false;
            for (var e = assessment + 1; e < n.End(assessment); e++)
            {
                if (!n.Is(e, "AssessmentFactors") || n.Value(e) is not { } v)
                {
                    continue;
                }
                if (any)
                {
                    factors.Append(',');
                }
                factors.Append(v.Trim());
                any = true;
            }
            return any ? collector.Intern(factors.ToString()) : null;
        }

        /// <summary>Numbers the element among its like-named siblings met so far and returns its path's tail.</summary>
        private string Next(int element, string parentTail)
        {
            var key = (parentTail, Nodes.Name(element));
            counts.TryGetValue(key, out var count);
            counts[key] = ++count;
            return Tail(parentTail, key.Item2, count);
        }

        private string Tail(string parent, string element, int number)
        {
            if (!tails.TryGetValue((parent, element, number), out var tail))
            {
                tail = number == 0 ? parent + "/" + element : parent + "/" + element + "[" + number.ToString(CultureInfo.InvariantCulture) + "]";
                tails.Add((parent, element, number), tail);
            }
            return tail;
        }

        /// <summary>The generated identifier "d" (a CINdetails' number) or "d.i" (its i-th assessment or plan), pooled.</summary>
        private string Id(int detailsNumber, int item)
        {
            if (!ids.TryGetValue((detailsNumber, item), out var id))
            {
                id = item == 0 ? detailsNumber.ToString(CultureInfo.InvariantCulture) : detailsNumber.ToString(CultureInfo.InvariantCulture) + "." + item.ToString(CultureInfo.InvariantCulture);
                ids.Add((detailsNumber, item), id);
            }
            return id;
        }

        private RecordLocation Location(int? line, string tail) => new(name, line, ChildPath, ChildIndex, tail);

        /// <summary>Puts the element's leaves (except <paramref name="skip"/>) into the module list; a leaf with elements inside is flagged.</summary>
        private void LeafValues(int element, string tail, string? skip)
        {
            var n = Nodes;
            module.Clear();
            for (var leaf = n.FirstChild(element); leaf >= 0; leaf = n.NextSibling(leaf))
            {
                var leafName = n.Name(leaf);
                if (skip is not null && leafName == skip)
                {
                    continue;
                }
                if (n.HasElements(leaf))
                {
                    Unknown(leaf, Tail(tail, leafName, 0));
                    continue;
                }
                module.Set(leafName, n.Value(leaf));
            }
        }

        private void Add(TableSchema schema, int element, string tail, string? detailsId, CinModuleValues values)
        {
            // The location object is made only for a problem: the record keeps its parts (see ReturnRecord).
            var line = Nodes.Line(element);
            if (!schema.In(year))
            {
                collector.Count(name, schema.Name, false);
                collector.Problem(ReturnProblemKind.NotInCollectionYear, Location(line, tail), childId, null,
                    "the " + schema.Name + " module is not part of the " + year + " census (from " + new CollectionYear(schema.FirstYear) + "); the record is rejected.", true);
                return;
            }
            // The collector copies what it keeps, so one buffer serves every record.
            if (raw.Length < schema.Fields.Count)
            {
                raw = new string?[schema.Fields.Count];
            }
            Array.Clear(raw, 0, raw.Length);
            raw[0] = childId;
            if (detailsId is not null)
            {
                raw[1] = detailsId;
            }
            for (var i = 0; i < values.Count; i++)
            {
                var field = values.Name(i);
                var at = schema.IndexOf(field);
                if (at < 0)
                {
                    collector.Problem(ReturnProblemKind.UnknownField, Location(line, tail), childId, field, "the " + schema.Name + " module has no element " + field + "; its value is ignored.", false);
                    continue;
                }
                if (!schema.Fields[at].In(year))
                {
                    collector.Problem(ReturnProblemKind.NotInCollectionYear, Location(line, tail), childId, field, field + " is not part of the " + year + " census; its value is ignored.", false);
                    continue;
                }
                raw[at] = values.Value(i);
            }
            collector.Add(schema, raw, name, line, ChildPath, ChildIndex, tail, childId);
        }

        private void Unknown(int element, string tail)
        {
            var elementName = Nodes.Name(element);
            collector.Problem(ReturnProblemKind.UnknownField, Location(Nodes.Line(element), tail), childId, elementName,
                "the CIN census has no element " + elementName + " here; it is ignored.", false);
        }

        private void FlagStrayText()
        {
            // Elements in document order, each one's own text: text beside elements is stray (a leaf's own text is its value).
            var n = Nodes;
            for (var e = 0; e < n.Count; e++)
            {
                if (!n.HasElements(e))
                {
                    continue;
                }
                for (var t = n.FirstText(e); t >= 0; t = n.NextText(t))
                {
                    var text = n.Text(t);
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        continue;
                    }
                    collector.Problem(ReturnProblemKind.StrayText, Location(n.TextLine(t), string.Empty), childId, n.Name(e),
                        "stray text '" + text.Trim() + "' inside " + n.Name(e) + "; ignored.", false);
                }
            }
        }
    }

    /// <summary>Compares path keys by the identity of their strings (see <see cref="ReadState"/>).</summary>
    private sealed class ReferenceKeys : IEqualityComparer<(string Parent, string Name, int Number)>, IEqualityComparer<(string Parent, string Name)>
    {
        public static readonly ReferenceKeys Instance = new();

        public bool Equals((string Parent, string Name, int Number) x, (string Parent, string Name, int Number) y) =>
            ReferenceEquals(x.Parent, y.Parent) && ReferenceEquals(x.Name, y.Name) && x.Number == y.Number;

        public int GetHashCode((string Parent, string Name, int Number) key) =>
            unchecked((((RuntimeHelpers.GetHashCode(key.Parent) * 31) + RuntimeHelpers.GetHashCode(key.Name)) * 31) + key.Number);

        public bool Equals((string Parent, string Name) x, (string Parent, string Name) y) =>
            ReferenceEquals(x.Parent, y.Parent) && ReferenceEquals(x.Name, y.Name);

        public int GetHashCode((string Parent, string Name) key) =>
            unchecked((RuntimeHelpers.GetHashCode(key.Parent) * 31) + RuntimeHelpers.GetHashCode(key.Name));
    }
}
