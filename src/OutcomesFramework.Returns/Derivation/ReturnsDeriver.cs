using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>
/// Derives the DfE's indicators from a council's own returns, a year before the DfE publishes them: looked-after
/// children, care leavers and adoption from the SSDA903; referrals, assessments, section 47 enquiries, child
/// protection plans and children in need from the CIN census. Each indicator carries its definition and explains
/// itself down to the children counted (<see cref="DerivationResult.ChildLevel"/>).
/// </summary>
public static class ReturnsDeriver
{
    /// <summary>Derives every indicator the given returns support.</summary>
    /// <param name="ssda903">The SSDA903 return, or null.</param>
    /// <param name="cin">The CIN census, or null.</param>
    /// <param name="options">The population, calendar and earlier years' SSDA903 returns, or null for the defaults.</param>
    /// <returns>The indicators.</returns>
    /// <exception cref="ArgumentException">
    /// Neither return is given, a return is of the wrong kind, or the two are of different collection years; or earlier
    /// years' 903 returns are given without the current one, are not the years just before it (each once, without a
    /// gap), or one gives an episode date after its own year's 31 March (the message names the file, line and child).
    /// </exception>
    public static DerivationResult Derive(ReturnData? ssda903, ReturnData? cin, DerivationOptions? options = null)
    {
        options ??= DerivationOptions.Default;
        if (ssda903 is null && cin is null)
        {
            throw new ArgumentException("Give an SSDA903 return, a CIN census or both.", nameof(ssda903));
        }
        if (ssda903 is not null && ssda903.Kind != ReturnKind.Ssda903)
        {
            throw new ArgumentException("The first return must be an SSDA903 return.", nameof(ssda903));
        }
        if (cin is not null && cin.Kind != ReturnKind.CinCensus)
        {
            throw new ArgumentException("The second return must be a CIN census.", nameof(cin));
        }
        if (ssda903 is not null && cin is not null && ssda903.Year != cin.Year)
        {
            throw new ArgumentException("The SSDA903 return is for " + ssda903.Year + " but the CIN census is for " + cin.Year + ".", nameof(cin));
        }
        if (ssda903 is null && !options.Ssda903History.IsEmpty)
        {
            throw new ArgumentException("Earlier years' SSDA903 returns need the current year's SSDA903 return too.", nameof(ssda903));
        }
        var history = ssda903 is null ? null : CareHistory.For(ssda903, options.Ssda903History);
        // The two returns' derivations share nothing: the CIN census's runs on a second thread while the 903's runs
        // here, and their indicators are put together in the one order (903 first) on any number of threads.
        var calendar = options.Calendar;
        var cinDrafts = cin is null ? null : Task.Run(() => CinDerivations.Derive(cin, calendar).ToList());
        var drafts = new List<IndicatorDraft>();
        int? uncertain = null;
        if (ssda903 is not null)
        {
            drafts.AddRange(Ssda903Derivations.Derive(ssda903, history!, out var u));
            uncertain = u;
        }
        if (cinDrafts is not null)
        {
            try
            {
                drafts.AddRange(cinDrafts.Result);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
        }
        var indicators = ImmutableArray.CreateBuilder<DerivedIndicator>();
        var children = ImmutableDictionary.CreateBuilder<string, CountedChildren>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var (indicator, counted) = draft.Build(options.Population);
            indicators.Add(indicator);
            children[indicator.Id] = counted;
        }
        return new DerivationResult((ssda903 ?? cin)!.Year, indicators.ToImmutable(), children.ToImmutable(), uncertain);
    }
}
