using System;

namespace OutcomesFramework.Returns;

/// <summary>A return cannot be read at all (malformed XML, a CSV that is not RFC 4180, an unreadable file): says where.</summary>
public sealed class ReturnFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where the input stops being readable.</param>
    /// <param name="detail">What is wrong.</param>
    /// <param name="inner">The underlying exception, or null.</param>
    public ReturnFormatException(RecordLocation location, string detail, Exception? inner = null)
        : base((location ?? throw new ArgumentNullException(nameof(location))) + ": " + detail, inner)
    {
        Location = location;
        Detail = detail;
    }

    /// <summary>Gets where the input stops being readable.</summary>
    public RecordLocation Location { get; }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Detail { get; }
}
