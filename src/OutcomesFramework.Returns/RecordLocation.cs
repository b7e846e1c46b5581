using System.Globalization;

namespace OutcomesFramework.Returns;

/// <summary>Where a record or a problem is in the input: the file, and its line (CSV and XML) and XML path.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RecordLocation
{
    private readonly string? xmlPathText;
    private readonly string? pathHead;
    private readonly string? pathTail;
    private readonly int pathIndex;

    /// <summary>Creates a location.</summary>
    /// <param name="source">The file name (or the name the caller gave the input).</param>
    /// <param name="line">The 1-based line, or null.</param>
    /// <param name="xmlPath">The XML path (for example Message/Children/Child[3]/CINdetails[1]), or null for CSV.</param>
    public RecordLocation(string source, int? line, string? xmlPath)
    {
        Source = source ?? string.Empty;
        Line = line;
        xmlPathText = xmlPath;
    }

    /// <summary>
    /// Creates a location whose XML path is <paramref name="pathHead"/>[<paramref name="index"/>]<paramref name="pathTail"/>,
    /// composed when asked for: a census holds millions of records and few ask for their path, so each keeps the
    /// shared head and tail (pooled by the reader) and its element's index rather than a string of its own.
    /// </summary>
    internal RecordLocation(string source, int? line, string pathHead, int index, string pathTail)
    {
        Source = source ?? string.Empty;
        Line = line;
        this.pathHead = pathHead;
        pathIndex = index;
        this.pathTail = pathTail;
    }

    /// <summary>Gets the literal XML path, or the composed path's head (see <see cref="PathTail"/>), for records that keep the parts instead of the object.</summary>
    internal string? PathText => xmlPathText;

    internal string? PathHead => pathHead;

    internal string? PathTail => pathTail;

    internal int PathIndex => pathIndex;

    /// <summary>Gets the file name.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based line, or null.</summary>
    public int? Line { get; }

    /// <summary>Gets the XML path, or null for a CSV row.</summary>
    public string? XmlPath => pathHead is null ? xmlPathText : pathHead + "[" + pathIndex.ToString(CultureInfo.InvariantCulture) + "]" + pathTail;

    /// <summary>Returns "file:line" or "file:line (path)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var s = Line is { } l ? Source + ":" + l.ToString(CultureInfo.InvariantCulture) : Source;
        var path = XmlPath;
        return path is null ? s : s + " (" + path + ")";
    }
}
