using System;
using System.Collections.Immutable;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// The default accountability map for each named regime, shipped with the library as JSON and read through
/// <see cref="AccountabilityMapJson"/> like a council's own. Each assigns the five outcomes and children's services
/// overall, and a few indicators where another role answers (public health indicators to the Director of Public Health,
/// the attainment of children looked after to the virtual school head).
/// </summary>
/// <remarks>Each map passes its own regime's checks. Loaded once, on first use.</remarks>
public static class DefaultAccountabilityMaps
{
    private static readonly Lazy<AccountabilityMap> ChildrenAct2004Map = new(() => Load(AccountabilityRegime.ChildrenAct2004Id));
    private static readonly Lazy<AccountabilityMap> ChildrenAndSocialWorkAct2017Map = new(() => Load(AccountabilityRegime.ChildrenAndSocialWorkAct2017Id));
    private static readonly Lazy<AccountabilityMap> Solace2014Map = new(() => Load(AccountabilityRegime.Solace2014Id));

    /// <summary>Gets the default map under the Children Act 2004: Director, Lead Member and LSCB.</summary>
    public static AccountabilityMap ChildrenAct2004 => ChildrenAct2004Map.Value;

    /// <summary>Gets the default map under the Children and Social Work Act 2017: Director, Lead Member, the three safeguarding partners and independent scrutiny.</summary>
    public static AccountabilityMap ChildrenAndSocialWorkAct2017 => ChildrenAndSocialWorkAct2017Map.Value;

    /// <summary>Gets the default map under the Solace 2014 localist model: no statutory Director; local directors accountable, each in sight of the Chief Executive and Leader.</summary>
    public static AccountabilityMap Solace2014 => Solace2014Map.Value;

    /// <summary>Gets the three default maps in the order of <see cref="AccountabilityRegime.Named"/>.</summary>
    public static ImmutableArray<AccountabilityMap> All => ImmutableArray.Create(ChildrenAct2004, Solace2014, ChildrenAndSocialWorkAct2017);

    /// <summary>Returns the default map for a named regime.</summary>
    /// <param name="regimeId">The regime id: <c>children-act-2004</c>, <c>cswa-2017</c> or <c>solace-2014</c>.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentException">No named regime has that id (a custom regime has no default).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="regimeId"/> is null.</exception>
    public static AccountabilityMap For(string regimeId)
    {
        Preconditions.CheckNotNull(regimeId, nameof(regimeId));
        return regimeId switch
        {
            AccountabilityRegime.ChildrenAct2004Id => ChildrenAct2004,
            AccountabilityRegime.ChildrenAndSocialWorkAct2017Id => ChildrenAndSocialWorkAct2017,
            AccountabilityRegime.Solace2014Id => Solace2014,
            _ => throw new ArgumentException("No default map for regime '" + regimeId + "'; the named regimes are children-act-2004, cswa-2017 and solace-2014.", nameof(regimeId)),
        };
    }

    private static AccountabilityMap Load(string regimeId)
    {
        var name = "OutcomesFramework.Accountability.Defaults." + regimeId + ".json";
        using var stream = typeof(DefaultAccountabilityMaps).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The library is missing its embedded resource '" + name + "'.");
        return AccountabilityMapJson.Read(stream, name);
    }
}
