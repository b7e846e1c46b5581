using System.Globalization;

namespace OutcomesFramework.Returns;

/// <summary>Where a record or a problem is in the input: the file, and its line (CSV and XML) and XML path.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RecordLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="source">The file name (or the name the caller gave the input).</param>
    /// <param name="line">The 1-based line, or null.</param>
    /// <param name="xmlPath">The XML path (for example Message/Children/Child[3]/CINdetails[1]), or null for CSV.</param>
    public RecordLocation(string source, int? line, string? xmlPath)
    {
        Source = source ?? string.Empty;
        Line = line;
        XmlPath = xmlPath;
    }

    /// <summary>Gets the file name.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based line, or null.</summary>
    public int? Line { get; }

    /// <summary>Gets the XML path, or null for a CSV row.</summary>
    public string? XmlPath { get; }

    /// <summary>Returns "file:line" or "file:line (path)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var s = Line is { } l ? Source + ":" + l.ToString(CultureInfo.InvariantCulture) : Source;
        return XmlPath is null ? s : s + " (" + XmlPath + ")";
    }
}
