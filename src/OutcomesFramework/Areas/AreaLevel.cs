namespace OutcomesFramework.Areas;

/// <summary>The geographic level of an <see cref="Area"/> (EES <c>geographic_level</c>).</summary>
public enum AreaLevel
{
    /// <summary>A country: England (<c>E92000001</c>). EES <c>National</c>.</summary>
    Country = 0,

    /// <summary>A region (<c>E12…</c>, and the DfE's Inner and Outer London <c>E13…</c>). EES <c>Regional</c>.</summary>
    Region = 1,

    /// <summary>An upper-tier local authority with children's services responsibilities. EES <c>Local authority</c>.</summary>
    LocalAuthority = 2,
}
