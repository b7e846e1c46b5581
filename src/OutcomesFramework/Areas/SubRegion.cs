using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Areas;

/// <summary>
/// A part of a region for which statistics are published in their own right: the DfE's children's-services regions
/// Inner London (<c>E13000001</c>) and Outer London (<c>E13000002</c>), which LAIT compares London boroughs with.
/// </summary>
/// <remarks>
/// A sub-region is not an <see cref="Area"/> a scorecard is made for: looking its code up in an
/// <see cref="AreaCatalogue"/> finds its region. Its members are the local authorities whose
/// <see cref="Area.ChildrensServicesRegionCode"/> is its code (<see cref="AreaCatalogue.MembersOf"/>).
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SubRegion
{
    /// <summary>Creates a sub-region.</summary>
    /// <param name="code">Its 9-character code, for example <c>E13000001</c>.</param>
    /// <param name="name">Its name as the DfE publishes it, for example "Inner London".</param>
    /// <param name="regionCode">The code of the region it is part of, for example <c>E12000007</c> (London).</param>
    /// <exception cref="ArgumentException">A code or the name is blank, or the sub-region names itself as its region.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SubRegion(string code, string name, string regionCode)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code)).Trim();
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        RegionCode = Preconditions.CheckNotBlank(regionCode, nameof(regionCode)).Trim();
        Preconditions.CheckArgument(!string.Equals(Code, RegionCode, StringComparison.Ordinal), nameof(regionCode), "Sub-region '{0}' cannot be part of itself.", Code);
    }

    /// <summary>Gets the 9-character code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the code of the region the sub-region is part of.</summary>
    public string RegionCode { get; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Code + ")";
}
