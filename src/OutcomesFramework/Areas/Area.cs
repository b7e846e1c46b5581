using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Areas;

/// <summary>
/// A place that observations are about: England, a region or an upper-tier local authority.
/// </summary>
/// <remarks>
/// <para>An area is identified by its current 9-character ONS code (<see cref="Code"/>). A local authority also
/// has the DfE's 3-digit <see cref="OldCode"/>, which survives re-coding (Barnsley is 370 both as E08000016 and,
/// from May 2025, as E08000038), and the codes it had before (<see cref="PreviousCodes"/>).</para>
/// <para>A local authority names its ONS region in <see cref="RegionCode"/>; London boroughs also name the DfE
/// children's-services region (Inner or Outer London) in <see cref="ChildrensServicesRegionCode"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Area : IEquatable<Area>
{
    /// <summary>Creates an area.</summary>
    /// <param name="code">The current 9-character ONS code, for example <c>E09000002</c>.</param>
    /// <param name="name">The name as the DfE publishes it, for example "Bristol, City of".</param>
    /// <param name="level">The geographic level.</param>
    /// <param name="oldCode">For a local authority, the DfE 3-digit code, for example <c>301</c>; otherwise null.</param>
    /// <param name="regionCode">For a local authority, its ONS region code (<c>E12…</c>); otherwise null.</param>
    /// <param name="childrensServicesRegionCode">For a London borough, the DfE Inner/Outer London code (<c>E13…</c>); otherwise the same as <paramref name="regionCode"/>.</param>
    /// <param name="aliases">Other spellings used by the DfE or Ofsted ("Bristol", "Hammersmith &amp; Fulham").</param>
    /// <param name="previousCodes">Earlier 9-character codes of the same authority.</param>
    /// <exception cref="ArgumentException">A code or name is blank, or a local authority lacks its old code or region.</exception>
    /// <exception cref="ArgumentNullException">The code or name is null.</exception>
    public Area(
        string code,
        string name,
        AreaLevel level,
        string? oldCode = null,
        string? regionCode = null,
        string? childrensServicesRegionCode = null,
        IEnumerable<string>? aliases = null,
        IEnumerable<string>? previousCodes = null)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code)).Trim();
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        Level = level;
        OldCode = string.IsNullOrWhiteSpace(oldCode) ? null : oldCode!.Trim();
        RegionCode = string.IsNullOrWhiteSpace(regionCode) ? null : regionCode!.Trim();
        ChildrensServicesRegionCode = string.IsNullOrWhiteSpace(childrensServicesRegionCode) ? RegionCode : childrensServicesRegionCode!.Trim();
        if (level == AreaLevel.LocalAuthority)
        {
            Preconditions.CheckArgument(OldCode is not null, nameof(oldCode), "A local authority needs its DfE 3-digit code.");
            Preconditions.CheckArgument(RegionCode is not null, nameof(regionCode), "A local authority needs its region code.");
        }
        Aliases = (aliases ?? Array.Empty<string>()).Select(a => Preconditions.CheckNotBlank(a, nameof(aliases)).Trim())
            .Where(a => !string.Equals(a, Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray();
        PreviousCodes = (previousCodes ?? Array.Empty<string>()).Select(c => Preconditions.CheckNotBlank(c, nameof(previousCodes)).Trim())
            .Where(c => !string.Equals(c, Code, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Gets the current 9-character ONS code: the area's identity.</summary>
    public string Code { get; }

    /// <summary>Gets the name as the DfE publishes it.</summary>
    public string Name { get; }

    /// <summary>Gets the geographic level.</summary>
    public AreaLevel Level { get; }

    /// <summary>Gets the DfE 3-digit local-authority code, or null for a country or region.</summary>
    public string? OldCode { get; }

    /// <summary>Gets the ONS region code of a local authority, or null.</summary>
    public string? RegionCode { get; }

    /// <summary>Gets the DfE children's-services region code (Inner/Outer London for London boroughs), or null.</summary>
    public string? ChildrensServicesRegionCode { get; }

    /// <summary>Gets other spellings of the name.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Gets earlier 9-character codes of the same area.</summary>
    public ImmutableArray<string> PreviousCodes { get; }

    /// <inheritdoc />
    public bool Equals(Area? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Level == other.Level
        && string.Equals(OldCode, other.OldCode, StringComparison.Ordinal)
        && string.Equals(RegionCode, other.RegionCode, StringComparison.Ordinal)
        && string.Equals(ChildrensServicesRegionCode, other.ChildrensServicesRegionCode, StringComparison.Ordinal)
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && PreviousCodes.SequenceEqual(other.PreviousCodes, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Area);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public override string ToString() => OldCode is null ? Name + " (" + Code + ")" : Name + " (" + OldCode + ", " + Code + ")";
}
