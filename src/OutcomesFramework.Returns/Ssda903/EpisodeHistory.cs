using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Ssda903;

/// <summary>
/// Combines one council's 903 episodes from several years' submissions into one history, with the "episodes fix"
/// rules Social Finance's liia-tools documents for multi-year 903 data (the rules are public facts; this is the
/// library's own implementation). An episode that several submissions give (an episode open across 31 March is in
/// both years' returns) is first kept once, from the latest submission that gives it: the Episodes table's key is the
/// child and DECOM, as in liia-tools' multi-year aggregation (which prefers the row with the latest DEC; here the latest
/// submission wins, as the council's latest word on the episode). Stage 1, for an episode left open in a submission
/// that is not the latest:
/// RULE_3 deletes it when it duplicates the episode before or after it; RULE_3A deletes it when the episode before it
/// came from a later submission; RULE_2 closes it on 31 March of its submission year (REC E99) when no episode
/// follows; RULE_1A closes it on the earlier of that 31 March and the day before the next episode (E99) when the next
/// episode starts a new period of care (RNE S); RULE_1 otherwise ends it when the next episode starts (REC X1, and
/// REASON_PLACE_CHANGE LIIAF when the next is a placement change). Stage 2: RULE_4 ends an episode that overlaps the
/// next one from a later submission when that one starts; RULE_5 does the same for an X1 episode that stops short of it.
/// </summary>
public static class EpisodeHistory
{
    private static readonly string[] Compared = { "RNE", "LS", "PLACE", "PLACE_PROVIDER", "PL_POST", "URN" };

    /// <summary>Combines the submissions' episodes and applies the fixes. Episodes without a child or a valid start are left out (count in <paramref name="leftOut"/>); an episode a later submission gives again is kept once, from the later one, and is not counted as left out.</summary>
    /// <param name="submissions">One council's 903 returns for several years.</param>
    /// <param name="leftOut">The number of episodes left out.</param>
    /// <returns>The episodes, ordered by child and start date.</returns>
    public static ImmutableArray<HistoricEpisode> Combine(IEnumerable<ReturnData> submissions, out int leftOut)
    {
        Preconditions.CheckNotNull(submissions, nameof(submissions));
        var list = new List<HistoricEpisode>();
        leftOut = 0;
        var years = new List<CollectionYear>();
        foreach (var s in submissions)
        {
            Preconditions.CheckArgument(s.Kind == ReturnKind.Ssda903, nameof(submissions), "Episode history needs SSDA903 returns.");
            years.Add(s.Year);
            foreach (var r in s.Table(Ssda903Schema.Episodes))
            {
                if (r.ChildId is null || r.GetDate("DECOM") is not { } start)
                {
                    leftOut++;
                    continue;
                }
                list.Add(new HistoricEpisode(r, start, s.Year));
            }
        }
        if (years.Count == 0)
        {
            return ImmutableArray<HistoricEpisode>.Empty;
        }
        var latest = years.Max();
        var sorted = Sort(Latest(list));
        // Stage 1: each open episode's neighbours are taken before anything is deleted.
        var rules = new string?[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            if (e.End is not null || e.Submission == latest)
            {
                continue;
            }
            var prev = i > 0 && sorted[i - 1].Child == e.Child ? sorted[i - 1] : null;
            var next = i + 1 < sorted.Count && sorted[i + 1].Child == e.Child ? sorted[i + 1] : null;
            rules[i] = (next is not null && Duplicate(e, next)) || (prev is not null && Duplicate(e, prev)) ? "RULE_3"
                : prev is not null && prev.Submission > e.Submission ? "RULE_3A"
                : next is null ? "RULE_2"
                : next.ReasonNewEpisode == "S" ? "RULE_1A"
                : "RULE_1";
        }
        var kept = new List<HistoricEpisode>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            var next = i + 1 < sorted.Count && sorted[i + 1].Child == e.Child ? sorted[i + 1] : null;
            switch (rules[i])
            {
                case "RULE_3":
                case "RULE_3A":
                    continue;
                case "RULE_1":
                    e.End = next!.Start;
                    e.Reason = "X1";
                    if (next.ReasonNewEpisode is "P" or "B" or "T" or "U")
                    {
                        e.ReasonPlaceChange = "LIIAF";
                    }
                    break;
                case "RULE_1A":
                    var dayBefore = next!.Start.PlusDays(-1);
                    e.End = dayBefore < e.Submission.End ? dayBefore : e.Submission.End;
                    e.Reason = "E99";
                    break;
                case "RULE_2":
                    e.End = e.Submission.End;
                    e.Reason = "E99";
                    break;
            }
            if (rules[i] is { } rule)
            {
                e.Source = rule;
            }
            kept.Add(e);
        }
        // Stage 2, on what stage 1 kept.
        kept = Sort(kept);
        for (var i = 0; i + 1 < kept.Count; i++)
        {
            var e = kept[i];
            var next = kept[i + 1];
            if (next.Child != e.Child || !(e.Submission < next.Submission) || e.End is not { } end)
            {
                continue;
            }
            var rule = end > next.Start ? "RULE_4" : end < next.Start && e.Reason == "X1" ? "RULE_5" : null;
            if (rule is not null)
            {
                e.End = next.Start;
                e.Source = e.Source == "Original" ? rule : e.Source + " | " + rule;
            }
        }
        return kept.ToImmutableArray();
    }

    /// <summary>
    /// Each episode (child and start) from the latest submission that gives it; a submission's own repeats of a key
    /// are all kept, as the derivation and the validator see them in that return.
    /// </summary>
    private static List<HistoricEpisode> Latest(List<HistoricEpisode> list)
    {
        var latest = new Dictionary<(string Child, LocalDate Start), CollectionYear>();
        foreach (var e in list)
        {
            var key = (e.Child, e.Start);
            if (!latest.TryGetValue(key, out var year) || e.Submission > year)
            {
                latest[key] = e.Submission;
            }
        }
        return list.Where(e => latest[(e.Child, e.Start)] == e.Submission).ToList();
    }

    private static List<HistoricEpisode> Sort(List<HistoricEpisode> list) =>
        list.OrderBy(e => e.Child, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Submission).ThenBy(e => e.Record.Row).ToList();

    private static bool Duplicate(HistoricEpisode e, HistoricEpisode other) =>
        other.Start != e.Start && Compared.All(f => string.Equals(e.Record[f], other.Record[f], StringComparison.Ordinal));
}
