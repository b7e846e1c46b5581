using System;
using NodaTime;

namespace OutcomesFramework.Reports;

/// <summary>
/// What a report says about where it came from: the version of the tool that made it, the date its data are as of
/// and the data's source and licence. The framework and rule-set versions are read from the objects themselves.
/// </summary>
/// <remarks>
/// The report prints no clock time: the same inputs give the same file on any day, so the as-of date is part of
/// the input, not the moment of rendering.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReportProvenance
{
    /// <summary>Creates the provenance.</summary>
    /// <param name="toolVersion">The version of the tool or library that made the report, for example "0.1.0".</param>
    /// <param name="dataAsOf">The date the data are as of (for the England package: the latest publication it holds).</param>
    /// <param name="dataSource">The data's source and licence, printed in the header and footer; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="toolVersion"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="toolVersion"/> is blank.</exception>
    public ReportProvenance(string toolVersion, LocalDate dataAsOf, string? dataSource = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toolVersion);
        ToolVersion = toolVersion;
        DataAsOf = dataAsOf;
        DataSource = string.IsNullOrWhiteSpace(dataSource) ? null : dataSource;
    }

    /// <summary>Gets the version of the tool that made the report.</summary>
    public string ToolVersion { get; }

    /// <summary>Gets the date the data are as of.</summary>
    public LocalDate DataAsOf { get; }

    /// <summary>Gets the data's source and licence, or null.</summary>
    public string? DataSource { get; }
}
