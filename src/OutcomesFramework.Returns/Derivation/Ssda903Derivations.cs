using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using OutcomesFramework.Returns.Ssda903;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>
/// The looked-after children's indicators, derived from the SSDA903 return as the DfE derives them for
/// "Children looked after in England including adoptions" (methodology on explore-education-statistics.service.gov.uk,
/// and the SSDA903 guidance for the collection year). Short breaks (legal status V3, V4) are left out throughout,
/// as the DfE leaves them out of its looked-after figures.
/// </summary>
internal static class Ssda903Derivations
{
    internal const string Guidance = "DfE, Children looked after in England including adoptions: methodology; SSDA903 guidance for the collection year";

    /// <summary>ACTIV codes for education, employment or training (F1/P1 higher education, F2/P2 other education, F3/P3 and F4/P4 training or employment, F5/P5 apprenticeship).</summary>
    private static readonly HashSet<string> Eet = new(StringComparer.Ordinal) { "F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5" };

    /// <summary>Derives the 903 indicators for the current return, with the earlier years' episodes a period of care may reach back into.</summary>
    /// <param name="data">The current return.</param>
    /// <param name="history">The episodes before it (none without earlier years' returns).</param>
    /// <param name="uncertainStarts">The children in the return whose period of care may start before the returns given.</param>
    public static IEnumerable<IndicatorDraft> Derive(ReturnData data, CareHistory history, out int uncertainStarts)
    {
        var year = data.Year;
        var notes = new IndicatorDraft("x", "x", IndicatorMeasure.Count, string.Empty, string.Empty);
        var episodes = Episodes(data, notes);
        var dob = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        foreach (var h in data.Table(Ssda903Schema.Header))
        {
            if (h.ChildId is { } c && h.GetDate("DOB") is { } d && !dob.ContainsKey(c))
            {
                dob[c] = d;
            }
        }
        var counted = episodes.Where(e => !e.IsShortBreak).ToList();
        var byChild = counted.GroupBy(e => e.Child, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

        var at31 = new IndicatorDraft("cla-rate", "Children looked after at 31 March, per 10,000 children", IndicatorMeasure.RatePer10000,
            "Children with a 903 episode open on 31 March (DECOM on or before it, DEC blank or after it), short breaks (LS V3, V4) left out; per 10,000 children aged 0 to 17 (ONS mid-year estimate).", Guidance);
        var count31 = new IndicatorDraft("cla-at-31-march", "Children looked after at 31 March", IndicatorMeasure.Count,
            "Children with a 903 episode open on 31 March (DECOM on or before it, DEC blank or after it), short breaks (LS V3, V4) left out.", Guidance);
        var started = new IndicatorDraft("cla-starting-rate", "Children starting to be looked after, per 10,000 children", IndicatorMeasure.RatePer10000,
            "Children with an episode starting in the year with reason for new episode S (started to be looked after), each child once; short breaks left out; per 10,000 children aged 0 to 17.", Guidance);
        var startedCount = new IndicatorDraft("cla-started", "Children starting to be looked after", IndicatorMeasure.Count,
            "Children with an episode starting in the year with reason for new episode S, each child once; short breaks left out.", Guidance);
        var ceased = new IndicatorDraft("cla-ceased", "Children ceasing to be looked after", IndicatorMeasure.Count,
            "Children with an episode ending in the year with a reason other than X1 (a new episode begins), each child once; short breaks left out.", Guidance);
        var three = new IndicatorDraft("cla-three-placements", "Children looked after at 31 March with three or more placements in the year", IndicatorMeasure.Percentage,
            "Of the children looked after at 31 March, those with three or more placements during the year: the placement open on 1 April (or the first in the year) plus each later episode in the year whose reason for new episode is S, P, B, T or U (L, a change of legal status only, is not a new placement).", Guidance);
        var longTerm = new IndicatorDraft("cla-long-term-stability", "Children under 16 looked after for 2.5 years or more, in the same placement for 2 years", IndicatorMeasure.Percentage,
            "Of the children aged under 16 at 31 March who had been looked after continuously for at least 2.5 years, those living in the same placement for at least 2 years (episodes linked by L, a change of legal status only, are one placement), or placed for adoption with their adoptive placement and the placement before it together lasting 2 years. "
            + "Continuous care is a chain of episodes each ending X1 on the day the next, not RNE S, starts, traced back through the earlier years' returns when they are given.", Guidance);
        var missing = new IndicatorDraft("cla-missing", "Children looked after who went missing in the year", IndicatorMeasure.Percentage,
            "Of the children looked after at any time in the year, those with a missing episode (MISSING = M) starting in the year.", Guidance);
        var adoption = new IndicatorDraft("adoption-timeliness", "Days from entering care to moving in with the adoptive family", IndicatorMeasure.Mean,
            "For children adopted in the year (an episode ending with REC E11 or E12), the mean number of days from the start of the period of care in which they were adopted to the start of their first placement for adoption (PLACE A3 to A6) in it, "
            + "both traced back through the earlier years' returns when they are given.", Guidance);

        var uncertain = 0;
        var longTermUncertain = 0;
        var adoptedUncertain = 0;
        foreach (var g in byChild)
        {
            var child = g.Key;
            // list: the child's episodes in this return, for everything counted within the year (placements, starts,
            // endings, missing); chain: those with the earlier returns' episodes before them, for where a period of
            // care and a placement began.
            var list = g.OrderBy(e => e.Start).ToList();
            var chain = history.Has(child) ? history.Before(child).Concat(list).OrderBy(e => e.Start).ToList() : list;
            LinkPeriods(chain);
            if (MayStartEarlier(chain, list[0], history.CoveredFrom))
            {
                uncertain++;
            }
            var open = list.LastOrDefault(e => e.OpenOn(year.End));
            if (open is not null)
            {
                at31.Count(child);
                count31.Count(child);
                three.In(child);
                var inYear = list.Where(e => e.Overlaps(year.Start, year.End)).ToList();
                var placements = 0;
                for (var i = 0; i < inYear.Count; i++)
                {
                    if (i == 0 || inYear[i].Rne is "S" or "P" or "B" or "T" or "U")
                    {
                        placements++;
                    }
                }
                if (placements >= 3)
                {
                    three.Count(child);
                }
                if (dob.TryGetValue(child, out var birth))
                {
                    var under16 = birth.PlusYears(16) > year.End;
                    if (under16 && MayStartEarlier(chain, open, history.CoveredFrom))
                    {
                        longTermUncertain++;
                    }
                    if (under16 && open.CareStart <= year.End.PlusMonths(-30))
                    {
                        longTerm.In(child);
                        var placementStart = open.PlacementStart;
                        if (open.IsPlacedForAdoption)
                        {
                            // The adoptive placement together with the placement before it.
                            var before = chain.LastOrDefault(e => e.End is { } end && end <= open.PlacementStart && e.CareStart == open.CareStart);
                            if (before is not null)
                            {
                                placementStart = before.PlacementStart;
                            }
                        }
                        if (placementStart <= year.End.PlusYears(-2))
                        {
                            longTerm.Count(child);
                        }
                    }
                }
                else
                {
                    longTerm.Exclude("children looked after at 31 March with no valid date of birth in the header (long-term stability needs their age)");
                }
            }
            if (list.Any(e => e.Rne == "S" && year.Contains(e.Start)))
            {
                started.Count(child);
                startedCount.Count(child);
            }
            if (list.Any(e => e.End is { } end && year.Contains(end) && e.Reason is not null && e.Reason != "X1"))
            {
                ceased.Count(child);
            }
            if (list.Any(e => e.Overlaps(year.Start, year.End)))
            {
                missing.In(child);
            }
            var adoptedChild = false;
            var adoptedChildUncertain = false;
            foreach (var adopted in list.Where(e => e.End is { } end && year.Contains(end) && e.Reason is "E11" or "E12"))
            {
                adoptedChild = true;
                adoptedChildUncertain |= MayStartEarlier(chain, adopted, history.CoveredFrom);
                var firstAdoptive = chain.FirstOrDefault(e => e.CareStart == adopted.CareStart && e.IsPlacedForAdoption);
                if (firstAdoptive is null)
                {
                    adoption.Exclude("adopted children with no placement for adoption (PLACE A3 to A6) in their period of care");
                    continue;
                }
                adoption.In(child);
                adoption.Count(child);
                adoption.Sum += Period.DaysBetween(adopted.CareStart, firstAdoptive.Start);
            }
            if (adoptedChild && adoptedChildUncertain)
            {
                adoptedUncertain++;
            }
        }
        uncertainStarts = uncertain;
        NoteHistory(history, year, longTerm, longTermUncertain, "children under 16 looked after at 31 March");
        NoteHistory(history, year, adoption, adoptedUncertain, "children adopted in the year");
        var lookedAfter = new HashSet<string>(missing.DenominatorChildren(), StringComparer.Ordinal);
        foreach (var child in data.Table(Ssda903Schema.Missing)
                     .Where(m => m.ChildId is not null && m["MISSING"] == "M" && m.GetDate("MIS_START") is { } s && year.Contains(s))
                     .Select(m => m.ChildId!).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal))
        {
            if (lookedAfter.Contains(child))
            {
                missing.Count(child);
            }
            else
            {
                missing.Exclude("children with a missing episode but no episode of care in the year");
            }
        }

        var leavers = CareLeavers(data, dob);
        foreach (var n in notes.ExclusionNotes())
        {
            at31.Exclude(n);
        }
        return new[] { count31, at31, startedCount, started, ceased, three, longTerm, missing, adoption }.Concat(leavers);
    }

    /// <summary>
    /// Whether the period of care <paramref name="episode"/> belongs to may have begun before the returns given: the
    /// earliest episode known of it starts before they cover and does not itself start a period of care (RNE S,
    /// started to be looked after), so an episode ending that day with X1 may lie in a return not given.
    /// </summary>
    private static bool MayStartEarlier(List<CareEpisode> chain, CareEpisode episode, LocalDate coveredFrom)
    {
        var opening = chain.First(e => e.CareStart == episode.CareStart);
        return opening.Start < coveredFrom && opening.Rne != "S";
    }

    /// <summary>Says on an indicator that needs the start of a child's period of care where that start came from, and how many of its children's starts are uncertain.</summary>
    private static void NoteHistory(CareHistory history, CollectionYear year, IndicatorDraft draft, int uncertain, string who)
    {
        var coveredFrom = "1 April " + history.CoveredFrom.Year.ToString(CultureInfo.InvariantCulture);
        if (history.First is not { } first)
        {
            draft.Note("period of care starts at the earliest episode in this return; give earlier years' returns with --903-history (DerivationOptions' ssda903History in the library): "
                + uncertain.ToString(CultureInfo.InvariantCulture) + " of the " + who + " have an earliest episode here that starts before " + coveredFrom
                + " and not with RNE S (started to be looked after), so their period of care may start earlier.");
            return;
        }
        if (history.LeftOut > 0)
        {
            draft.Exclude("episodes in the earlier years' returns without a child identifier or a valid DECOM", history.LeftOut);
        }
        draft.Note("periods of care stitched across the returns for " + first + " to " + year + " (" + history.Episodes.ToString(CultureInfo.InvariantCulture)
            + " episodes from the earlier years, after the liia-tools episode fixes): " + uncertain.ToString(CultureInfo.InvariantCulture) + " of the " + who
            + " have an earliest known episode that starts before " + coveredFrom + " and not with RNE S (started to be looked after), so their period of care may start earlier still.");
    }

    private static IndicatorDraft[] CareLeavers(ReturnData data, Dictionary<string, LocalDate> dob)
    {
        var year = data.Year;
        IndicatorDraft Make(string id, string name, string what, string ages) => new(id, name, IndicatorMeasure.Percentage,
            "Of the care leavers whose " + ages + " birthday fell in the year (the 903 OC3 table; those who died or returned home, IN_TOUCH DIED or RHOM, left out), " + what + ".", Guidance);
        var eet1718 = Make("care-leavers-eet-17-18", "Care leavers aged 17 to 18 in education, employment or training", "those whose activity (ACTIV) is education, employment or training (F1, P1, F2, P2, F3, P3, F4, P4, F5, P5; F3 and P3 are the code set before F4 and P4)", "17th or 18th");
        var eet1921 = Make("care-leavers-eet-19-21", "Care leavers aged 19 to 21 in education, employment or training", "those whose activity (ACTIV) is education, employment or training (F1, P1, F2, P2, F3, P3, F4, P4, F5, P5; F3 and P3 are the code set before F4 and P4)", "19th, 20th or 21st");
        var acc1718 = Make("care-leavers-suitable-accommodation-17-18", "Care leavers aged 17 to 18 in suitable accommodation", "those whose accommodation (ACCOM) is coded suitable (second character 1)", "17th or 18th");
        var acc1921 = Make("care-leavers-suitable-accommodation-19-21", "Care leavers aged 19 to 21 in suitable accommodation", "those whose accommodation (ACCOM) is coded suitable (second character 1)", "19th, 20th or 21st");
        foreach (var r in data.Table(Ssda903Schema.OC3).OrderBy(r => r.ChildId, StringComparer.Ordinal))
        {
            if (r.ChildId is not { } child)
            {
                eet1718.Exclude("OC3 rows without a child identifier");
                continue;
            }
            if (r["IN_TOUCH"] is "DIED" or "RHOM")
            {
                continue;
            }
            var birth = r.GetDate("DOB") ?? (dob.TryGetValue(child, out var d) ? d : (LocalDate?)null);
            if (birth is null)
            {
                eet1718.Exclude("OC3 rows with no valid date of birth");
                continue;
            }
            var birthdayThisYear = new LocalDate(year.Start.Year, birth.Value.Month, birth.Value.Month == 2 && birth.Value.Day == 29 ? 28 : birth.Value.Day);
            if (birthdayThisYear < year.Start)
            {
                birthdayThisYear = birthdayThisYear.PlusYears(1);
            }
            var age = birthdayThisYear.Year - birth.Value.Year;
            var (eet, acc) = age is 17 or 18 ? (eet1718, acc1718) : age is >= 19 and <= 21 ? (eet1921, acc1921) : (null, null);
            if (eet is null || acc is null)
            {
                continue;
            }
            eet.In(child);
            acc.In(child);
            if (r["ACTIV"] is { } activ && Eet.Contains(activ))
            {
                eet.Count(child);
            }
            if (r["ACCOM"] is { Length: 2 } accom && accom[1] == '1')
            {
                acc.Count(child);
            }
        }
        return new[] { eet1718, eet1921, acc1718, acc1921 };
    }

    internal static List<CareEpisode> Episodes(ReturnData data, IndicatorDraft notes)
    {
        var list = new List<CareEpisode>();
        foreach (var r in data.Table(Ssda903Schema.Episodes))
        {
            if (r.ChildId is null)
            {
                notes.Exclude("episodes without a child identifier");
                continue;
            }
            if (r.GetDate("DECOM") is not { } start)
            {
                notes.Exclude("episodes without a valid start date (DECOM)");
                continue;
            }
            list.Add(new CareEpisode(r.ChildId, start, r.GetDate("DEC"), r["RNE"], r["LS"], r["PLACE"], r["REC"]));
        }
        return list;
    }

    /// <summary>Sets each episode's period-of-care start and placement start (episodes sorted by start).</summary>
    internal static void LinkPeriods(List<CareEpisode> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var e = list[i];
            var prev = i > 0 ? list[i - 1] : null;
            // Continuous care: the previous episode ended with X1 (a new episode begins) on the day this one starts.
            var continues = prev is not null && prev.Reason == "X1" && prev.End == e.Start && e.Rne != "S";
            e.CareStart = continues ? prev!.CareStart : e.Start;
            e.PlacementStart = continues && e.Rne == "L" ? prev!.PlacementStart : e.Start;
        }
    }
}
