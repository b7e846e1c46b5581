using System;
using System.Collections.Generic;
using NodaTime;
using OutcomesFramework.Returns.Calendar;
using OutcomesFramework.Returns.Cin;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>
/// The children in need indicators, derived from the CIN census as the DfE derives them for "Children in need"
/// (methodology on explore-education-statistics.service.gov.uk, and the CIN census guide for the collection year).
/// </summary>
internal static class CinDerivations
{
    internal const string Guidance = "DfE, Children in need: methodology; Children in need census guide for the collection year";

    public static IEnumerable<IndicatorDraft> Derive(ReturnData data, WorkingDayCalendar calendar)
    {
        var year = data.Year;
        var referrals = new IndicatorDraft("referrals", "Referrals", IndicatorMeasure.Count,
            "CIN details modules with a referral date (CINreferralDate) in the year, including referrals with no further action.", Guidance);
        var rereferrals = new IndicatorDraft("rereferrals", "Re-referrals within 12 months of a previous referral", IndicatorMeasure.Percentage,
            "Of the referrals in the year, those for a child with another referral in the 12 months before it (on or after the same date a year earlier, before the referral).", Guidance);
        var assessments = new IndicatorDraft("assessments-45-working-days", "Assessments completed within 45 working days", IndicatorMeasure.Percentage,
            "Of the assessments completed (AssessmentAuthorisationDate) in the year, those completed within 45 working days of their start (AssessmentActualStartDate is day 0; weekends and England and Wales bank holidays are not working days).", Guidance);
        var icpc = new IndicatorDraft("s47-icpc-15-working-days", "Initial child protection conferences within 15 working days of the section 47 enquiry", IndicatorMeasure.Percentage,
            "Of the section 47 enquiries whose initial child protection conference (DateOfInitialCPC) was held in the year, those where it was held within 15 working days of the enquiry's start (S47ActualStartDate is day 0).", Guidance);
        var subsequent = new IndicatorDraft("cpp-subsequent", "Child protection plans starting in the year that are a second or subsequent plan", IndicatorMeasure.Percentage,
            "Of the child protection plans starting (CPPstartDate) in the year, those where the child had a plan before (NumberOfPreviousCPP of 1 or more, or an earlier plan in the return); counted per plan.", Guidance);
        var twoYears = new IndicatorDraft("cpp-two-years-or-more", "Children on a child protection plan at 31 March for two years or more", IndicatorMeasure.Percentage,
            "Of the children on a child protection plan on 31 March (a plan started on or before it, CPPendDate blank or after it), those whose plan started two years or more before 31 March; each child counted once, by the earliest start of their open plans.", Guidance);
        var cppRate = new IndicatorDraft("cpp-rate", "Child protection plans at 31 March, per 10,000 children", IndicatorMeasure.RatePer10000,
            "Children on a child protection plan on 31 March (a plan started on or before it, CPPendDate blank or after it), each child counted once however many plans are open, per 10,000 children aged 0 to 17 (ONS mid-year estimate).", Guidance);
        var cinRate = new IndicatorDraft("cin-rate", "Children in need at 31 March, per 10,000 children", IndicatorMeasure.RatePer10000,
            "Children in need on 31 March: children with a CIN episode open on 31 March (referral on or before it, CINclosureDate blank or after it), referrals with no further action (ReferralNFA true or 1) left out, each child counted once however many episodes are open, per 10,000 children aged 0 to 17.", Guidance);

        // Children in ordinal order of their identifiers, each child's modules in reading order (what a GroupBy then
        // an OrderBy of the keys gave): one sort of the records by (child, row) and a walk over the runs, instead of a
        // grouping object per child.
        var details = ByChild(data.Table(CinSchema.CinDetails));
        var dates = new List<LocalDate>();
        for (var first = 0; first < details.Length;)
        {
            var key = details[first].ChildId!;
            var end = RunEnd(details, first);
            dates.Clear();
            for (var i = first; i < end; i++)
            {
                if (details[i].GetDate("CINreferralDate") is { } referral)
                {
                    dates.Add(referral);
                }
            }
            dates.Sort();
            foreach (var d in dates)
            {
                if (!year.Contains(d))
                {
                    continue;
                }
                referrals.Count(key);
                rereferrals.In(key);
                var yearBefore = d.PlusYears(-1);
                foreach (var p in dates)
                {
                    if (p < d && p >= yearBefore)
                    {
                        rereferrals.Count(key);
                        break;
                    }
                }
            }
            // The DfE counts children in need, not episodes: a child with two episodes open on 31 March is one child.
            var inNeed = false;
            for (var i = first; i < end; i++)
            {
                var r = details[i];
                if (r.GetDate("CINreferralDate") is not { } referred)
                {
                    referrals.Exclude("CIN details modules without a valid referral date");
                    continue;
                }
                var nfa = r["ReferralNFA"] is "1" or "TRUE" or "Y";
                var closed = r.GetDate("CINclosureDate");
                inNeed |= !nfa && referred <= year.End && (closed is null || closed.Value > year.End);
            }
            if (inNeed)
            {
                cinRate.Count(key);
            }
            first = end;
        }
        foreach (var a in data.Table(CinSchema.Assessments))
        {
            if (a.ChildId is null || a.GetDate("AssessmentAuthorisationDate") is not { } done || !year.Contains(done))
            {
                continue;
            }
            if (a.GetDate("AssessmentActualStartDate") is not { } start)
            {
                assessments.Exclude("completed assessments without a valid start date");
                continue;
            }
            if (!calendar.Covers(start) || !calendar.Covers(done))
            {
                assessments.Exclude("completed assessments with a date outside the bank-holiday calendar (" + calendar.FirstYear + " to " + calendar.LastYear + ")");
                continue;
            }
            assessments.In(a.ChildId);
            if (calendar.WorkingDaysBetween(start, done) <= 45)
            {
                assessments.Count(a.ChildId);
            }
        }
        foreach (var s in data.Table(CinSchema.Section47))
        {
            if (s.ChildId is null || s.GetDate("DateOfInitialCPC") is not { } conference || !year.Contains(conference))
            {
                continue;
            }
            if (s.GetDate("S47ActualStartDate") is not { } start)
            {
                icpc.Exclude("conferences whose section 47 enquiry has no valid start date");
                continue;
            }
            // Both dates: the enquiry may start inside the calendar and the conference fall after its last year (from
            // the 2027/28 collection), and counting working days past the calendar would throw.
            if (!calendar.Covers(start) || !calendar.Covers(conference))
            {
                icpc.Exclude("conferences with a date outside the bank-holiday calendar (" + calendar.FirstYear + " to " + calendar.LastYear + ")");
                continue;
            }
            icpc.In(s.ChildId);
            if (calendar.WorkingDaysBetween(start, conference) <= 15)
            {
                icpc.Count(s.ChildId);
            }
        }
        var plans = ByChild(data.Table(CinSchema.ChildProtectionPlans));
        var starts = new List<LocalDate>();
        for (var first = 0; first < plans.Length;)
        {
            var key = plans[first].ChildId!;
            var end = RunEnd(plans, first);
            starts.Clear();
            for (var i = first; i < end; i++)
            {
                if (plans[i].GetDate("CPPstartDate") is { } s)
                {
                    starts.Add(s);
                }
            }
            // The rate counts children on a plan, not plans: a child with two plans open on 31 March is one child.
            var onPlan = false;
            LocalDate? longest = null;
            for (var i = first; i < end; i++)
            {
                var p = plans[i];
                if (p.GetDate("CPPstartDate") is not { } start)
                {
                    subsequent.Exclude("plans without a valid start date");
                    continue;
                }
                if (year.Contains(start))
                {
                    subsequent.In(key);
                    var previous = int.TryParse(p["NumberOfPreviousCPP"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
                    if (previous >= 1 || starts.Exists(other => other < start))
                    {
                        subsequent.Count(key);
                    }
                }
                var planEnd = p.GetDate("CPPendDate");
                if (start <= year.End && (planEnd is null || planEnd.Value > year.End))
                {
                    onPlan = true;
                    longest = longest is { } l && l <= start ? l : start;
                }
            }
            if (onPlan)
            {
                // Children, as the DfE counts them: a child with two plans open on 31 March (a plan not closed in the
                // system) is one child, on a plan since the earlier start.
                cppRate.Count(key);
                twoYears.In(key);
                if (longest!.Value <= year.End.PlusYears(-2))
                {
                    twoYears.Count(key);
                }
            }
            first = end;
        }
        return new[] { referrals, rereferrals, assessments, icpc, subsequent, twoYears, cppRate, cinRate };
    }

    /// <summary>The table's records that have a child, by child (ordinal) and then row: each child's records in reading order.</summary>
    private static ReturnRecord[] ByChild(System.Collections.Immutable.ImmutableArray<ReturnRecord> table)
    {
        var count = 0;
        foreach (var r in table)
        {
            if (r.ChildId is not null)
            {
                count++;
            }
        }
        var keys = new string[count];
        var sorted = new ReturnRecord[count];
        count = 0;
        foreach (var r in table)
        {
            if (r.ChildId is { } child)
            {
                keys[count] = child;
                sorted[count++] = r;
            }
        }
        // Sorted by the identifiers alone, taken out once: comparing records went through the record, its schema and
        // its slab for both identifiers at every comparison. The sort is unstable, so a child's records (the rare child
        // with several) are put back in row order after it: together, the order of (child, row), a total order.
        Array.Sort(keys, sorted, StringComparer.Ordinal);
        for (var first = 0; first < count;)
        {
            var end = first + 1;
            while (end < count && string.Equals(keys[end], keys[first], StringComparison.Ordinal))
            {
                end++;
            }
            if (end - first > 1)
            {
                Array.Sort(sorted, first, end - first, RowOrder.Instance);
            }
            first = end;
        }
        return sorted;
    }

    /// <summary>Records by row (a child's records among themselves: rows are distinct in a table).</summary>
    private sealed class RowOrder : IComparer<ReturnRecord>
    {
        public static readonly RowOrder Instance = new();

        public int Compare(ReturnRecord? x, ReturnRecord? y) => x!.Row.CompareTo(y!.Row);
    }

    /// <summary>The end of the run of records of the same child that starts at <paramref name="first"/>.</summary>
    private static int RunEnd(ReturnRecord[] records, int first)
    {
        var key = records[first].ChildId;
        var end = first + 1;
        while (end < records.Length && string.Equals(records[end].ChildId, key, StringComparison.Ordinal))
        {
            end++;
        }
        return end;
    }
}
