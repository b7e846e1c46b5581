using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Cin;

/// <summary>
/// Reads a CIN census XML file (<c>Message/Header</c>, <c>Message/Children/Child</c>) for one collection year, child
/// by child (streaming, so an England-sized file is not held as one document), into flat tables: ChildIdentifiers,
/// ChildCharacteristics, Disabilities, CINdetails, Assessments, CINplanDates, Section47, ChildProtectionPlans, Reviews
/// and PreProceedingsandFGDM. Messiness is tolerated and flagged as in the 903 reader; malformed XML is a
/// <see cref="ReturnFormatException"/> with its line and XML path.
/// </summary>
public sealed class CinCensusReader
{
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
    public ReturnData ReadFile(string path)
    {
        Preconditions.CheckNotBlank(path, nameof(path));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The CIN census file '" + path + "' does not exist.", path);
        }
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), true);
        return Read(Path.GetFileName(path), reader);
    }

    /// <summary>Reads CIN census XML from a reader.</summary>
    /// <param name="name">The input's name, used in locations.</param>
    /// <param name="text">The XML text.</param>
    /// <returns>The return.</returns>
    /// <exception cref="ReturnFormatException">The input is not well-formed CIN census XML.</exception>
    public ReturnData Read(string name, TextReader text)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(text, nameof(text));
        var collector = new ReturnCollector(ReturnKind.CinCensus, Year);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(text, settings);
        var childIndex = 0;
        try
        {
            if (!xml.ReadToFollowing("Message"))
            {
                throw new ReturnFormatException(new RecordLocation(name, 1, null), "no Message root element: not a CIN census file.");
            }
            var sawChildren = false;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1)
                {
                    continue;
                }
                if (xml.LocalName == "Header")
                {
                    using var sub = xml.ReadSubtree();
                    var header = XElement.Load(sub, LoadOptions.SetLineInfo);
                    collector.LocalAuthority = header.Descendants("LEA").FirstOrDefault()?.Value.Trim();
                }
                else if (xml.LocalName == "Children")
                {
                    sawChildren = true;
                    if (xml.ReadToDescendant("Child"))
                    {
                        do
                        {
                            childIndex++;
                            using var sub = xml.ReadSubtree();
                            var child = XElement.Load(sub, LoadOptions.SetLineInfo);
                            ReadChild(collector, name, child, "Message/Children/Child[" + childIndex + "]");
                        }
                        while (xml.ReadToNextSibling("Child"));
                    }
                }
            }
            if (childIndex == 0)
            {
                collector.Touch(name, CinSchema.ChildIdentifiers);
                collector.Problem(ReturnProblemKind.BlankFile, new RecordLocation(name, null, "Message/Children"), null, null,
                    sawChildren ? "the file has no Child elements." : "the file has no Children element.", false);
            }
        }
        catch (XmlException e)
        {
            throw new ReturnFormatException(new RecordLocation(name, e.LineNumber, childIndex > 0 ? "Message/Children/Child[" + childIndex + "]" : "Message"), "not well-formed XML: " + e.Message, e);
        }
        return collector.Build();
    }

    private void ReadChild(ReturnCollector collector, string name, XElement child, string path)
    {
        var childId = child.Element("ChildIdentifiers")?.Element("LAchildID")?.Value;
        FlagStrayText(collector, name, child, path, childId);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string Next(XElement e, string parentPath)
        {
            var key = parentPath + "/" + e.Name.LocalName;
            counts.TryGetValue(key, out var n);
            counts[key] = ++n;
            return key + "[" + n + "]";
        }
        var identifiersSeen = false;
        foreach (var module in child.Elements())
        {
            var modulePath = Next(module, path);
            switch (module.Name.LocalName)
            {
                case "ChildIdentifiers":
                    identifiersSeen = true;
                    AddLeaves(collector, name, CinSchema.ChildIdentifiers, module, modulePath, childId, null);
                    break;
                case "ChildCharacteristics":
                    AddLeaves(collector, name, CinSchema.ChildCharacteristics, module, modulePath, childId, null, "Disabilities");
                    foreach (var disabilities in module.Elements("Disabilities"))
                    {
                        var dPath = Next(disabilities, modulePath);
                        foreach (var d in disabilities.Elements())
                        {
                            var p = Next(d, dPath);
                            if (d.Name.LocalName != "Disability")
                            {
                                Unknown(collector, name, d, p, childId);
                                continue;
                            }
                            Add(collector, name, CinSchema.Disabilities, d, p, childId, null, new Dictionary<string, string?> { ["Disability"] = Value(d) });
                        }
                    }
                    break;
                case "CINdetails":
                    ReadDetails(collector, name, module, modulePath, childId, Next);
                    break;
                default:
                    Unknown(collector, name, module, modulePath, childId);
                    break;
            }
        }
        if (!identifiersSeen)
        {
            // A child with no identifiers still counts: the validator reports it (8500), the account shows it.
            Add(collector, name, CinSchema.ChildIdentifiers, child, path, childId, null, new Dictionary<string, string?>());
        }
    }

    private void ReadDetails(ReturnCollector collector, string name, XElement details, string path, string? childId, Func<XElement, string, string> next)
    {
        var detailsId = path.Substring(path.LastIndexOf('[') + 1).TrimEnd(']');
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["CINdetailsID"] = detailsId };
        var assessment = 0;
        var plan = 0;
        foreach (var e in details.Elements())
        {
            var tag = e.Name.LocalName;
            var p = next(e, path);
            switch (tag)
            {
                case "Assessments":
                    assessment++;
                    var factors = e.Descendants("AssessmentFactors").Select(Value).Where(v => v is not null).ToList();
                    var a = LeafValues(collector, name, e, p, childId, "FactorsIdentifiedAtAssessment");
                    a["CINdetailsID"] = detailsId;
                    a["AssessmentID"] = detailsId + "." + assessment;
                    a["AssessmentFactors"] = factors.Count == 0 ? null : string.Join(",", factors.Select(f => f!.Trim()));
                    Add(collector, name, CinSchema.Assessments, e, p, childId, null, a);
                    break;
                case "CINPlanDates":
                    Add(collector, name, CinSchema.CinPlanDates, e, p, childId, detailsId, LeafValues(collector, name, e, p, childId));
                    break;
                case "Section47":
                    Add(collector, name, CinSchema.Section47, e, p, childId, detailsId, LeafValues(collector, name, e, p, childId));
                    break;
                case "ChildProtectionPlans":
                    plan++;
                    var cppId = detailsId + "." + plan;
                    var c = LeafValues(collector, name, e, p, childId, "Reviews");
                    c["CPPID"] = cppId;
                    Add(collector, name, CinSchema.ChildProtectionPlans, e, p, childId, detailsId, c);
                    foreach (var reviews in e.Elements("Reviews"))
                    {
                        var rp = next(reviews, p);
                        foreach (var r in reviews.Elements())
                        {
                            var rrp = next(r, rp);
                            if (r.Name.LocalName != "CPPreviewDate")
                            {
                                Unknown(collector, name, r, rrp, childId);
                                continue;
                            }
                            Add(collector, name, CinSchema.Reviews, r, rrp, childId, detailsId, new Dictionary<string, string?> { ["CPPID"] = cppId, ["CPPreviewDate"] = Value(r) });
                        }
                    }
                    break;
                case "PreProceedingsandFGDM":
                    Add(collector, name, CinSchema.PreProceedings, e, p, childId, detailsId, LeafValues(collector, name, e, p, childId));
                    break;
                default:
                    if (e.HasElements)
                    {
                        Unknown(collector, name, e, p, childId);
                    }
                    else
                    {
                        values[tag] = Value(e);
                    }
                    break;
            }
        }
        Add(collector, name, CinSchema.CinDetails, details, path, childId, null, values);
    }

    private static string? Value(XElement e)
    {
        if (e.IsEmpty)
        {
            return null;
        }
        // The usual leaf holds one text node: take it without enumerating.
        if (e.FirstNode is XText only && only.NextNode is null)
        {
            return only.Value;
        }
        return e.Nodes().OfType<XText>().Aggregate(string.Empty, (s, t) => s + t.Value);
    }

    private static Dictionary<string, string?> LeafValues(ReturnCollector collector, string name, XElement e, string path, string? childId, params string[] skip)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var leaf in e.Elements())
        {
            if (skip.Length > 0 && Array.IndexOf(skip, leaf.Name.LocalName) >= 0)
            {
                continue;
            }
            if (leaf.HasElements)
            {
                Unknown(collector, name, leaf, path + "/" + leaf.Name.LocalName, childId);
                continue;
            }
            values[leaf.Name.LocalName] = Value(leaf);
        }
        return values;
    }

    private void AddLeaves(ReturnCollector collector, string name, string table, XElement e, string path, string? childId, string? detailsId, params string[] skip) =>
        Add(collector, name, table, e, path, childId, detailsId, LeafValues(collector, name, e, path, childId, skip));

    private void Add(ReturnCollector collector, string name, string table, XElement e, string path, string? childId, string? detailsId, Dictionary<string, string?> values)
    {
        var schema = CinSchema.Get(table);
        var location = new RecordLocation(name, ((IXmlLineInfo)e).HasLineInfo() ? ((IXmlLineInfo)e).LineNumber : null, path);
        if (!schema.In(Year))
        {
            collector.Count(name, table, false);
            collector.Problem(ReturnProblemKind.NotInCollectionYear, location, childId, null,
                "the " + table + " module is not part of the " + Year + " census (from " + new CollectionYear(schema.FirstYear) + "); the record is rejected.", true);
            return;
        }
        var raw = new string?[schema.Fields.Count];
        raw[0] = childId;
        if (detailsId is not null)
        {
            raw[1] = detailsId;
        }
        foreach (var pair in values)
        {
            var at = schema.IndexOf(pair.Key);
            if (at < 0)
            {
                collector.Problem(ReturnProblemKind.UnknownField, location, childId, pair.Key, "the " + table + " module has no element " + pair.Key + "; its value is ignored.", false);
                continue;
            }
            if (!schema.Fields[at].In(Year))
            {
                collector.Problem(ReturnProblemKind.NotInCollectionYear, location, childId, pair.Key, pair.Key + " is not part of the " + Year + " census; its value is ignored.", false);
                continue;
            }
            raw[at] = pair.Value;
        }
        collector.Add(schema, raw, location, childId);
    }

    private static void Unknown(ReturnCollector collector, string name, XElement e, string path, string? childId) =>
        collector.Problem(ReturnProblemKind.UnknownField, new RecordLocation(name, ((IXmlLineInfo)e).HasLineInfo() ? ((IXmlLineInfo)e).LineNumber : null, path), childId, e.Name.LocalName,
            "the CIN census has no element " + e.Name.LocalName + " here; it is ignored.", false);

    private static void FlagStrayText(ReturnCollector collector, string name, XElement child, string path, string? childId)
    {
        // Walks the child once; text beside elements is stray (a leaf's own text is its value).
        var stack = new Stack<XElement>();
        stack.Push(child);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (!e.HasElements)
            {
                continue;
            }
            var subs = new List<XElement>(e.Elements());
            for (var i = subs.Count - 1; i >= 0; i--)
            {
                stack.Push(subs[i]);
            }
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XText t || string.IsNullOrWhiteSpace(t.Value))
                {
                    continue;
                }
                var line = ((IXmlLineInfo)t).HasLineInfo() ? ((IXmlLineInfo)t).LineNumber : (int?)null;
                collector.Problem(ReturnProblemKind.StrayText, new RecordLocation(name, line, path), childId, e.Name.LocalName,
                    "stray text '" + t.Value.Trim() + "' inside " + e.Name.LocalName + "; ignored.", false);
            }
        }
    }
}
