using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using OutcomesFramework.Returns.Ssda903;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>
/// The episodes before the current 903 return that a child's period of care may reach back into: none, or those of
/// earlier years' returns, checked and combined with the current return by <see cref="EpisodeHistory"/>'s episode
/// fixes. An annual return holds only the episodes open during its year, so without them a child's period of care
/// seems to start at their earliest episode in the current return.
/// </summary>
internal sealed class CareHistory
{
    private static readonly ILookup<string, CareEpisode> NoEpisodes = Array.Empty<CareEpisode>().ToLookup(e => e.Child, StringComparer.Ordinal);

    private static readonly string[] DateFields = { "DECOM", "DEC" };

    private readonly ILookup<string, CareEpisode> earlier;

    private CareHistory(ILookup<string, CareEpisode> earlier, CollectionYear? first, LocalDate coveredFrom, int episodes, int leftOut)
    {
        this.earlier = earlier;
        First = first;
        CoveredFrom = coveredFrom;
        Episodes = episodes;
        LeftOut = leftOut;
    }

    /// <summary>The earliest year's return given, or null when no earlier years' returns were given.</summary>
    public CollectionYear? First { get; }

    /// <summary>The first day the returns cover (1 April of the earliest year given): a period of care whose earliest known episode starts before it may start earlier still.</summary>
    public LocalDate CoveredFrom { get; }

    /// <summary>The earlier returns' episodes kept after the fixes (short breaks left out), for the notes.</summary>
    public int Episodes { get; }

    /// <summary>The earlier returns' episodes without a child identifier or a valid DECOM.</summary>
    public int LeftOut { get; }

    /// <summary>Gets the history for <paramref name="current"/>: from the earlier returns, or none when there are none.</summary>
    /// <exception cref="ArgumentException">An earlier return is not for one of the years just before the current one (each once), or gives a date after its own year's end.</exception>
    public static CareHistory For(ReturnData current, ImmutableArray<ReturnData> history)
    {
        if (history.IsDefaultOrEmpty)
        {
            return new CareHistory(NoEpisodes, null, current.Year.Start, 0, 0);
        }
        Check(current, history);
        var leftOut = history.Sum(h => h.Table(Ssda903Schema.Episodes).Count(r => r.ChildId is null || r.GetDate("DECOM") is null));
        // The current return goes in too: its episodes are the latest submission's, which the fixes never change, and
        // they decide which earlier copies of an episode are dropped and how an episode left open a year ago ends.
        var combined = EpisodeHistory.Combine(history.Add(current), out _);
        var earlier = combined.Where(e => e.Submission < current.Year)
            .Select(e => new CareEpisode(e.Child, e.Start, e.End, e.ReasonNewEpisode, e.LegalStatus, e.Place, e.Reason))
            .Where(e => !e.IsShortBreak)
            .ToList();
        var first = history.Min(h => h.Year);
        return new CareHistory(earlier.ToLookup(e => e.Child, StringComparer.Ordinal), first, first.Start, earlier.Count, leftOut);
    }

    /// <summary>The child's episodes from before the current return, in the order <see cref="EpisodeHistory.Combine"/> gives them (by start).</summary>
    public IEnumerable<CareEpisode> Before(string child) => earlier[child];

    /// <summary>Whether the child has any episode from before the current return.</summary>
    public bool Has(string child) => earlier.Contains(child);

    private static void Check(ReturnData current, ImmutableArray<ReturnData> history)
    {
        var years = new SortedSet<int>();
        foreach (var h in history)
        {
            if (h.Year >= current.Year)
            {
                throw new ArgumentException("An earlier year's 903 return is for " + h.Year + ", which is not before " + current.Year + ", the year being derived.", nameof(history));
            }
            if (!years.Add(h.Year.EndYear))
            {
                throw new ArgumentException("Two earlier years' 903 returns are for " + h.Year + "; give each year once.", nameof(history));
            }
        }
        // A return read as the wrong year (a folder named for the year it starts in, say) shows itself by dates after
        // the end of the year it was read as: no episode in a year's return can start or end after its 31 March.
        foreach (var h in history)
        {
            foreach (var r in h.Table(Ssda903Schema.Episodes))
            {
                foreach (var field in DateFields)
                {
                    if (r.GetDate(field) is { } date && date > h.Year.End)
                    {
                        throw new ArgumentException(r.Location + ": " + (r.ChildId is null ? string.Empty : "child " + r.ChildId + ": ") + field + " " + LocalDatePattern.Iso.Format(date)
                            + " is after 31 March " + h.Year.EndYear.ToString(CultureInfo.InvariantCulture) + ", the end of " + h.Year
                            + ", the year this earlier return was read as: is it another year's return?", nameof(history));
                    }
                }
            }
        }
        // A gap would leave an episode open at the end of the year before it to be closed on that 31 March (RULE_2),
        // cutting a period of care that went on through the missing year.
        var missing = Enumerable.Range(years.Min, current.Year.EndYear - years.Min).Where(y => !years.Contains(y)).Select(y => new CollectionYear(y).ToString()).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException("The earlier years' 903 returns must run without a gap up to " + current.Year + ", the year being derived: "
                + string.Join(", ", missing) + (missing.Count == 1 ? " is" : " are") + " missing.", nameof(history));
        }
    }
}
