using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Ssda903;

/// <summary>
/// Reads an SSDA903 return for one collection year: its CSV tables (recognised by their columns, so they may be
/// named freely, split across files or given in any order) or its XML (<c>EXPSSDA903</c>). Messy input that councils
/// send is tolerated and flagged (white space, ".0" on identifiers, lower-case codes, blank files, dd/mm/yyyy or ISO
/// dates); anything else is a <see cref="ReturnFormatException"/> or a rejected row with its reason. Every row is
/// accounted for in <see cref="ReturnData.Accounts"/>.
/// </summary>
public sealed class Ssda903Reader
{
    /// <summary>Creates a reader for the given collection year (its schema decides which tables and columns are known).</summary>
    /// <param name="year">The collection year.</param>
    public Ssda903Reader(CollectionYear year)
    {
        Year = year;
    }

    /// <summary>Gets the collection year.</summary>
    public CollectionYear Year { get; }

    /// <summary>Reads every *.csv and *.xml file in a directory (not its subdirectories), in ordinal name order.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The return.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="ReturnFormatException">A file cannot be read.</exception>
    public ReturnData ReadDirectory(string directory) => ReadDirectory(directory, false);

    /// <summary>
    /// Reads every *.csv and *.xml file in a directory (not its subdirectories), in ordinal name order, naming each
    /// file in locations by its path (the directory as given, joined with the file's name) when
    /// <paramref name="nameByPath"/> is true: to tell apart the files of several years' returns, which often share names.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <param name="nameByPath">True to name each file by its path, false by its name alone (as <see cref="ReadDirectory(string)"/>).</param>
    /// <returns>The return.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="ReturnFormatException">A file cannot be read.</exception>
    public ReturnData ReadDirectory(string directory, bool nameByPath)
    {
        Preconditions.CheckNotBlank(directory, nameof(directory));
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException("The 903 directory '" + directory + "' does not exist.");
        }
        var files = Directory.GetFiles(directory)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        return ReadFiles(files, nameByPath);
    }

    /// <summary>Reads the given CSV and XML files as one return.</summary>
    /// <param name="paths">The files.</param>
    /// <returns>The return.</returns>
    /// <exception cref="ReturnFormatException">A file cannot be read.</exception>
    public ReturnData ReadFiles(IEnumerable<string> paths) => ReadFiles(paths, false);

    private ReturnData ReadFiles(IEnumerable<string> paths, bool nameByPath)
    {
        Preconditions.CheckNotNull(paths, nameof(paths));
        var sources = new List<KeyValuePair<string, Func<TextReader>>>();
        foreach (var path in paths)
        {
            var p = path;
            sources.Add(new KeyValuePair<string, Func<TextReader>>(nameByPath ? p : Path.GetFileName(p), () => new StreamReader(p, new System.Text.UTF8Encoding(false), true)));
        }
        return Read(sources);
    }

    /// <summary>
    /// Reads named inputs as one return: a name ending in ".xml" is read as 903 XML, anything else as a CSV table.
    /// </summary>
    /// <param name="sources">Each input's name (used in locations) and a function that opens it.</param>
    /// <returns>The return.</returns>
    /// <exception cref="ReturnFormatException">An input cannot be read.</exception>
    public ReturnData Read(IEnumerable<KeyValuePair<string, Func<TextReader>>> sources)
    {
        Preconditions.CheckNotNull(sources, nameof(sources));
        var collector = new ReturnCollector(ReturnKind.Ssda903, Year);
        foreach (var source in sources)
        {
            using var reader = source.Value();
            if (source.Key.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                ReadXml(collector, source.Key, reader);
            }
            else
            {
                ReadCsv(collector, source.Key, reader);
            }
        }
        return collector.Build();
    }

    private void ReadCsv(ReturnCollector collector, string name, TextReader text)
    {
        var csv = new CsvRecordReader(text, name);
        try
        {
            if (!csv.Read())
            {
                collector.Touch(name, name);
                collector.Problem(ReturnProblemKind.BlankFile, new RecordLocation(name, null, null), null, null, "the file is empty.", false);
                return;
            }
            var header = new string[csv.FieldCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = csv.GetString(i).Trim();
            }
            var headerLine = csv.LineNumber;
            var schema = Ssda903Schema.Match(header);
            if (schema is null)
            {
                collector.Touch(name, name);
                collector.Problem(ReturnProblemKind.UnknownTable, new RecordLocation(name, headerLine, null), null, null,
                    "the columns (" + string.Join(", ", header) + ") match no SSDA903 table; every row is rejected.", true);
                while (csv.Read())
                {
                    collector.Count(name, name, false);
                }
                return;
            }
            var inYear = schema.In(Year);
            if (!inYear)
            {
                collector.Problem(ReturnProblemKind.NotInCollectionYear, new RecordLocation(name, headerLine, null), null, null,
                    "the " + schema.Name + " table is not part of the " + Year + " collection (from " + new CollectionYear(schema.FirstYear) + "); its rows are rejected.", true);
            }
            var map = new int[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                map[i] = schema.IndexOf(header[i]);
                if (map[i] < 0 && !Ssda903Schema.ToleratedExtras.Contains(header[i], StringComparer.OrdinalIgnoreCase))
                {
                    collector.Problem(ReturnProblemKind.UnknownField, new RecordLocation(name, headerLine, null), null, header[i],
                        "the " + schema.Name + " table has no column " + header[i] + "; its values are ignored.", false);
                }
            }
            var any = false;
            // The collector copies what it keeps, so one buffer serves every row.
            var raw = new string?[schema.Fields.Count];
#if NET9_0_OR_GREATER
            // Codes, booleans and dates repeat from row to row and the collector pools them anyway: they are taken from
            // its pool straight from the row's characters, with no string made for a value seen before.
            var pooled = new bool[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                pooled[i] = map[i] >= 0 && schema.Fields[map[i]].Kind is FieldKind.Code or FieldKind.Boolean or FieldKind.Date;
            }
#endif
            while (csv.Read())
            {
                any = true;
                if (!inYear)
                {
                    collector.Count(name, schema.Name, false);
                    continue;
                }
                if (csv.FieldCount != header.Length)
                {
                    collector.Count(name, schema.Name, false);
                    collector.Problem(ReturnProblemKind.WrongFieldCount, new RecordLocation(name, csv.LineNumber, null), csv.FieldCount > 0 ? csv.GetString(0).Trim() : null, null,
                        "the row has " + csv.FieldCount + " fields but the header has " + header.Length + "; the row is rejected.", true);
                    continue;
                }
                Array.Clear(raw, 0, raw.Length);
                for (var i = 0; i < header.Length; i++)
                {
                    if (map[i] >= 0)
                    {
#if NET9_0_OR_GREATER
                        raw[map[i]] = pooled[i] ? collector.Intern(csv[i]) : csv.GetString(i);
#else
                        raw[map[i]] = csv.GetString(i);
#endif
                    }
                }
                collector.Add(schema, raw, name, csv.LineNumber, null);
            }
            if (!any)
            {
                collector.Touch(name, schema.Name);
                collector.Problem(ReturnProblemKind.BlankFile, new RecordLocation(name, headerLine, null), null, null, "the " + schema.Name + " file has a header and no rows.", false);
            }
        }
        catch (EesFormatException e)
        {
            throw new ReturnFormatException(new RecordLocation(name, e.LineNumber ?? (csv.LineNumber == 0 ? 1 : csv.LineNumber), null), e.Reason, e);
        }
    }

    private static readonly Dictionary<string, string> XmlNames = new(StringComparer.Ordinal) { ["CHILDID"] = "CHILD", ["PL"] = "PLACE" };

    private static readonly Dictionary<string, string> RepeatingGroups = new(StringComparer.Ordinal)
    {
        ["AREVIEW"] = Ssda903Schema.Reviews,
        ["AMISSING"] = Ssda903Schema.Missing,
        ["OC2"] = Ssda903Schema.OC2,
        ["PERMANENCE"] = Ssda903Schema.PrevPerm,
        ["AD_PLACED"] = Ssda903Schema.PlacedAdoption,
        ["SW_EPISODE"] = Ssda903Schema.SWEpisodes,
        ["DOLO"] = Ssda903Schema.DoLo,
    };

    private void ReadXml(ReturnCollector collector, string name, TextReader text)
    {
        // An empty (or white-space) file is reported as blank, as an empty CSV table is, not as malformed XML.
        if (LeadingTextReader.IsBlank(text, out var whole))
        {
            collector.Touch(name, Ssda903Schema.Header);
            collector.Problem(ReturnProblemKind.BlankFile, new RecordLocation(name, null, null), null, null, "the file is empty.", false);
            return;
        }
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(whole, settings);
        var info = (IXmlLineInfo)xml;
        var childIndex = 0;
        try
        {
            if (!xml.ReadToFollowing("EXPSSDA903"))
            {
                throw new ReturnFormatException(new RecordLocation(name, 1, null), "no EXPSSDA903 root element: not a 903 XML file.");
            }
            if (!xml.ReadToDescendant("CHILD"))
            {
                collector.Touch(name, Ssda903Schema.Header);
                collector.Problem(ReturnProblemKind.BlankFile, new RecordLocation(name, info.LineNumber, "EXPSSDA903"), null, null, "the file has no CHILD elements.", false);
                return;
            }
            do
            {
                childIndex++;
                var line = info.LineNumber;
                using var sub = xml.ReadSubtree();
                var element = System.Xml.Linq.XElement.Load(sub, System.Xml.Linq.LoadOptions.SetLineInfo);
                ReadXmlChild(collector, name, element, "EXPSSDA903/CHILD[" + childIndex + "]", line);
            }
            while (xml.ReadToNextSibling("CHILD"));
        }
        catch (XmlException e)
        {
            throw new ReturnFormatException(new RecordLocation(name, e.LineNumber, "EXPSSDA903/CHILD[" + childIndex + "]"), "not well-formed XML: " + e.Message, e);
        }
    }

    private void ReadXmlChild(ReturnCollector collector, string name, System.Xml.Linq.XElement child, string path, int line)
    {
        // Leaves anywhere in the child outside the repeating groups describe the child (header, UASC, OC3, AD1).
        var leaves = new Dictionary<string, string?>(StringComparer.Ordinal);
        var groups = new List<(string Table, System.Xml.Linq.XElement Element, string Path)>();
        var episodes = 0;
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        void Walk(System.Xml.Linq.XElement e, string p)
        {
            foreach (var sub in e.Elements())
            {
                var tag = sub.Name.LocalName;
                counters.TryGetValue(p + "/" + tag, out var n);
                counters[p + "/" + tag] = ++n;
                var subPath = p + "/" + tag + "[" + n + "]";
                if (tag == "EPISODE")
                {
                    episodes++;
                    groups.Add((Ssda903Schema.Episodes, sub, subPath));
                }
                else if (RepeatingGroups.TryGetValue(tag, out var table))
                {
                    groups.Add((table, sub, subPath));
                }
                else if (sub.HasElements)
                {
                    Walk(sub, subPath);
                }
                else
                {
                    leaves[XmlNames.TryGetValue(tag, out var renamed) ? renamed : tag] = sub.IsEmpty ? null : sub.Value;
                }
            }
        }
        Walk(child, path);
        var location = new RecordLocation(name, line, path);
        leaves.TryGetValue("CHILD", out var childId);
        var used = new HashSet<string>(StringComparer.Ordinal);
        AddFromLeaves(collector, Ssda903Schema.Get(Ssda903Schema.Header), leaves, location, used, true);
        // A UASC row for a child flagged UASC (<UASC>1</UASC>, as Data to Insight's validator reads it) or with a date
        // UASC status ceased: a child still unaccompanied and asylum-seeking has the flag and no DUC.
        var uasc = leaves.TryGetValue("UASC", out var flag) && flag?.Trim() is "1" or "true" or "TRUE" or "Y";
        AddFromLeaves(collector, Ssda903Schema.Get(Ssda903Schema.Uasc), leaves, location, used, uasc, "DUC");
        AddFromLeaves(collector, Ssda903Schema.Get(Ssda903Schema.OC3), leaves, location, used, false, "IN_TOUCH", "ACTIV", "ACCOM");
        AddFromLeaves(collector, Ssda903Schema.Get(Ssda903Schema.AD1), leaves, location, used, false, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
        foreach (var leaf in leaves.Keys.Where(k => !used.Contains(k) && k != "UASC").OrderBy(k => k, StringComparer.Ordinal))
        {
            collector.Problem(ReturnProblemKind.UnknownField, location, childId, leaf, "no 903 table has a field " + leaf + "; its value is ignored.", false);
        }
        foreach (var (table, element, p) in groups)
        {
            var schema = Ssda903Schema.Get(table);
            var groupLine = ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : line;
            var groupLocation = new RecordLocation(name, groupLine, p);
            if (!schema.In(Year))
            {
                collector.Count(name, table, false);
                collector.Problem(ReturnProblemKind.NotInCollectionYear, groupLocation, childId, null, "the " + table + " table is not part of the " + Year + " collection; the record is rejected.", true);
                continue;
            }
            var raw = new string?[schema.Fields.Count];
            raw[0] = childId;
            if (leaves.TryGetValue("DOB", out var dob) && schema.IndexOf("DOB") is var d && d >= 0)
            {
                raw[d] = dob;
            }
            foreach (var leaf in element.Descendants().Where(x => !x.HasElements))
            {
                var tag = XmlNames.TryGetValue(leaf.Name.LocalName, out var renamed) ? renamed : leaf.Name.LocalName;
                var at = schema.IndexOf(tag);
                if (at < 0)
                {
                    collector.Problem(ReturnProblemKind.UnknownField, groupLocation, childId, tag, "the " + table + " table has no field " + tag + "; its value is ignored.", false);
                    continue;
                }
                raw[at] = leaf.IsEmpty ? null : leaf.Value;
            }
            collector.Add(schema, raw, groupLocation, childId);
        }
    }

    private static void AddFromLeaves(ReturnCollector collector, TableSchema schema, Dictionary<string, string?> leaves, RecordLocation location,
        HashSet<string> used, bool always = false, params string[] trigger)
    {
        if (!always && !trigger.Any(t => leaves.TryGetValue(t, out var v) && v is not null))
        {
            foreach (var t in trigger)
            {
                if (leaves.ContainsKey(t))
                {
                    used.Add(t);
                }
            }
            return;
        }
        var raw = new string?[schema.Fields.Count];
        for (var i = 0; i < raw.Length; i++)
        {
            if (leaves.TryGetValue(schema.Fields[i].Name, out var v))
            {
                raw[i] = v;
                used.Add(schema.Fields[i].Name);
            }
        }
        collector.Add(schema, raw, location, raw[0]);
    }
}
