using System;
using System.Collections.Generic;
using System.Xml;

namespace OutcomesFramework.Returns.Cin;

/// <summary>
/// The text of a census element that holds a code, a boolean or a date, read from the <see cref="XmlReader"/> into a
/// reused buffer and answered with one pooled string per distinct value: an England-sized census has millions of such
/// elements and a few thousand distinct values, and a new string per element (<see cref="XmlReader.Value"/>) was most
/// of the reader's garbage. Other text (identifiers, free text) is read as before. Used on the parser's thread only.
/// </summary>
internal sealed class CinTextPool
{
    private readonly HashSet<string> pooledNames;
    // Bounded (see ValuePool), so a file of unique junk in code fields cannot make it grow without limit.
    private readonly ValuePool pool = new();
#if NET9_0_OR_GREATER
    // Codes and dates are short: longer text is read as it comes, and not pooled.
    private const int ChunkSize = 64;

    private readonly char[] chunk = new char[ChunkSize];
#endif

    /// <summary>Creates a pool for the elements of the schemas' code, boolean and date fields (and assessment factors), named as the reader's name table atomises them.</summary>
    public CinTextPool(XmlNameTable names)
    {
        // By reference: the reader's names are atomised by this name table, so the instance added here is the one the
        // reader answers (hashing the name's text for every text node of a census was a cost of its own).
        pooledNames = new HashSet<string>(SameInstance.Instance);
        foreach (var schema in CinSchema.All)
        {
            foreach (var field in schema.Fields)
            {
                if (field.Kind is FieldKind.Code or FieldKind.Boolean or FieldKind.Date)
                {
                    pooledNames.Add(names.Add(field.Name));
                }
            }
        }
        pooledNames.Add(names.Add("AssessmentFactors"));
    }

    /// <summary>Gets the text node the reader is on (<see cref="XmlReader.Value"/>), pooled when its element holds codes or dates.</summary>
    public string Text(XmlReader xml, string element)
    {
        if (xml.NodeType != XmlNodeType.Text || !pooledNames.Contains(element))
        {
            return xml.Value;
        }
#if NET9_0_OR_GREATER
        if (!xml.CanReadValueChunk)
        {
            return pool.Intern(xml.Value);
        }
        var n = xml.ReadValueChunk(chunk, 0, ChunkSize);
        if (n == ChunkSize)
        {
            // Perhaps longer than a code: the rest as it comes.
            var text = new System.Text.StringBuilder();
            text.Append(chunk, 0, n);
            while ((n = xml.ReadValueChunk(chunk, 0, ChunkSize)) > 0)
            {
                text.Append(chunk, 0, n);
            }
            return text.ToString();
        }
        return pool.Intern(chunk.AsSpan(0, n));
#else
        return pool.Intern(xml.Value);
#endif
    }

    /// <summary>Strings compared by identity (see the constructor).</summary>
    private sealed class SameInstance : IEqualityComparer<string>
    {
        public static readonly SameInstance Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
