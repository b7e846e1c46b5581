using System;
using System.Text;
using System.Xml;

namespace OutcomesFramework.Returns.Cin;

/// <summary>
/// One element of a CIN census file (a child, or the header) read straight from the <see cref="XmlReader"/> into flat
/// arrays, in document order, and reused from element to element: the census reader asks the questions it asked of
/// an <c>XElement</c> (children, leaves' text, descendants, line numbers, stray text) without building a tree of
/// objects per child, which was most of the reading time and of the garbage.
/// </summary>
/// <remarks>
/// Elements are numbered in document order (the element itself is 0), so an element's descendants are the numbers
/// from it to <see cref="End"/>. Text nodes (text, CDATA, significant white space) are kept per element in order,
/// each with its line, as LINQ to XML keeps them when it loads with line information.
/// </remarks>
internal sealed class CinChildNodes
{
    private readonly StringBuilder builder = new();
    private string[] names = new string[64];
    private string[] namespaces = new string[64];
    private int[] lines = new int[64];
    private int[] parents = new int[64];
    private int[] firstChild = new int[64];
    private int[] lastChild = new int[64];
    private int[] nextSibling = new int[64];
    private int[] ends = new int[64];
    private int[] firstText = new int[64];
    private int[] lastText = new int[64];
    private bool[] empty = new bool[64];

    private string[] texts = new string[64];
    private int[] textLines = new int[64];
    private int[] textOwners = new int[64];
    private int[] nextText = new int[64];

    /// <summary>Gets the number of elements read (the element itself and its descendants).</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of text nodes read.</summary>
    public int TextCount { get; private set; }

    /// <summary>Reads the element the reader is on, and everything inside it, leaving the reader on its end tag; code and date text comes from the pool.</summary>
    /// <exception cref="XmlException">The XML is not well-formed.</exception>
    public void Load(XmlReader xml, CinTextPool pool)
    {
        Count = 0;
        TextCount = 0;
        var info = xml as IXmlLineInfo;
        var root = AddElement(xml, info, -1);
        if (xml.IsEmptyElement)
        {
            ends[root] = 1;
            return;
        }
        var current = root;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var e = AddElement(xml, info, current);
                    if (xml.IsEmptyElement)
                    {
                        ends[e] = e + 1;
                    }
                    else
                    {
                        current = e;
                    }
                    break;
                case XmlNodeType.EndElement:
                    ends[current] = Count;
                    if (current == root)
                    {
                        return;
                    }
                    current = parents[current];
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    // The line first: the pool may read the text in chunks, moving the reader on.
                    var line = info is not null && info.HasLineInfo() ? info.LineNumber : 0;
                    AddText(pool.Text(xml, names[current]), line, current);
                    break;
            }
        }
        // The reader throws on a file cut short; should it ever just stop, what was open ends where the input did.
        for (var open = current; open >= 0; open = parents[open])
        {
            ends[open] = Count;
        }
    }

    /// <summary>Gets an element's local name (atomised by the reader's name table).</summary>
    public string Name(int element) => names[element];

    /// <summary>Gets whether the element's name is <paramref name="localName"/> in no namespace (what <c>XName</c> "x" matches).</summary>
    public bool Is(int element, string localName) => namespaces[element].Length == 0 && string.Equals(names[element], localName, StringComparison.Ordinal);

    /// <summary>Gets the element's line, or null when the reader gave none.</summary>
    public int? Line(int element) => lines[element] > 0 ? lines[element] : null;

    /// <summary>Gets the first child element, or -1.</summary>
    public int FirstChild(int element) => firstChild[element];

    /// <summary>Gets the next sibling element, or -1.</summary>
    public int NextSibling(int element) => nextSibling[element];

    /// <summary>Gets the number after the element's last descendant.</summary>
    public int End(int element) => ends[element];

    /// <summary>Gets whether the element has child elements.</summary>
    public bool HasElements(int element) => firstChild[element] >= 0;

    /// <summary>Gets the first text node directly inside the element, or -1.</summary>
    public int FirstText(int element) => firstText[element];

    /// <summary>Gets the next text node of the same element, or -1.</summary>
    public int NextText(int text) => nextText[text];

    /// <summary>Gets a text node's text.</summary>
    public string Text(int text) => texts[text];

    /// <summary>Gets a text node's line, or null.</summary>
    public int? TextLine(int text) => textLines[text] > 0 ? textLines[text] : null;

    /// <summary>
    /// Gets a leaf's value: null for an empty tag (<c>&lt;X/&gt;</c>), else its own text nodes joined (empty when it
    /// has none).
    /// </summary>
    public string? Value(int element)
    {
        if (empty[element])
        {
            return null;
        }
        var t = firstText[element];
        if (t < 0)
        {
            return string.Empty;
        }
        if (nextText[t] < 0)
        {
            return texts[t];
        }
        builder.Clear();
        for (; t >= 0; t = nextText[t])
        {
            builder.Append(texts[t]);
        }
        return builder.ToString();
    }

    /// <summary>Gets all the text inside the element and its descendants, in document order (<c>XElement.Value</c>).</summary>
    public string DeepValue(int element)
    {
        var end = ends[element];
        string? single = null;
        var count = 0;
        builder.Clear();
        for (var t = 0; t < TextCount; t++)
        {
            if (textOwners[t] >= element && textOwners[t] < end)
            {
                single = texts[t];
                builder.Append(single);
                count++;
            }
        }
        return count == 1 ? single! : builder.ToString();
    }

    private int AddElement(XmlReader xml, IXmlLineInfo? info, int parent)
    {
        var e = Count;
        if (e == names.Length)
        {
            GrowElements();
        }
        Count = e + 1;
        names[e] = xml.LocalName;
        namespaces[e] = xml.NamespaceURI;
        lines[e] = info is not null && info.HasLineInfo() ? info.LineNumber : 0;
        parents[e] = parent;
        firstChild[e] = -1;
        lastChild[e] = -1;
        nextSibling[e] = -1;
        ends[e] = -1;
        firstText[e] = -1;
        lastText[e] = -1;
        empty[e] = xml.IsEmptyElement;
        if (parent >= 0)
        {
            if (lastChild[parent] < 0)
            {
                firstChild[parent] = e;
            }
            else
            {
                nextSibling[lastChild[parent]] = e;
            }
            lastChild[parent] = e;
        }
        return e;
    }

    private void AddText(string text, int line, int owner)
    {
        var t = TextCount;
        if (t == texts.Length)
        {
            Array.Resize(ref texts, t * 2);
            Array.Resize(ref textLines, t * 2);
            Array.Resize(ref textOwners, t * 2);
            Array.Resize(ref nextText, t * 2);
        }
        TextCount = t + 1;
        texts[t] = text;
        textLines[t] = line;
        textOwners[t] = owner;
        nextText[t] = -1;
        if (lastText[owner] < 0)
        {
            firstText[owner] = t;
        }
        else
        {
            nextText[lastText[owner]] = t;
        }
        lastText[owner] = t;
    }

    private void GrowElements()
    {
        var size = names.Length * 2;
        Array.Resize(ref names, size);
        Array.Resize(ref namespaces, size);
        Array.Resize(ref lines, size);
        Array.Resize(ref parents, size);
        Array.Resize(ref firstChild, size);
        Array.Resize(ref lastChild, size);
        Array.Resize(ref nextSibling, size);
        Array.Resize(ref ends, size);
        Array.Resize(ref firstText, size);
        Array.Resize(ref lastText, size);
        Array.Resize(ref empty, size);
    }
}
