using System;
using System.Collections.Generic;
using System.Linq;
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
        var twoYears = new IndicatorDraft("cpp-two-years-or-more", "Child protection plans at 31 March lasting two years or more", IndicatorMeasure.Percentage,
            "Of the child protection plans open on 31 March (started on or before it, CPPendDate blank or after it), those that started two years or more before 31 March.", Guidance);
        var cppRate = new IndicatorDraft("cpp-rate", "Child protection plans at 31 March, per 10,000 children", IndicatorMeasure.RatePer10000,
            "Child protection plans open on 31 March, per 10,000 children aged 0 to 17 (ONS mid-year estimate).", Guidance);
        var cinRate = new IndicatorDraft("cin-rate", "Children in need at 31 March, per 10,000 children", IndicatorMeasure.RatePer10000,
            "CIN episodes open on 31 March (referral on or before it, CINclosureDate blank or after it), referrals with no further action (ReferralNFA true or 1) left out, per 10,000 children aged 0 to 17.", Guidance);

        var details = data.Table(CinSchema.CinDetails).Where(r => r.ChildId is not null).ToList();
        foreach (var child in details.GroupBy(r => r.ChildId!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var dates = child.Select(r => r.GetDate("CINreferralDate")).Where(d => d is not null).Select(d => d!.Value).OrderBy(d => d).ToList();
            foreach (var d in dates.Where(year.Contains))
            {
                referrals.Count(child.Key);
                rereferrals.In(child.Key);
                if (dates.Any(p => p < d && p >= d.PlusYears(-1)))
                {
                    rereferrals.Count(child.Key);
                }
            }
            foreach (var r in child)
            {
                if (r.GetDate("CINreferralDate") is not { } referred)
                {
                    referrals.Exclude("CIN details modules without a valid referral date");
                    continue;
                }
                var nfa = r["ReferralNFA"] is "1" or "TRUE" or "Y";
                var closed = r.GetDate("CINclosureDate");
                if (!nfa && referred <= year.End && (closed is null || closed.Value > year.End))
                {
                    cinRate.Count(child.Key);
                }
            }
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
            if (!calendar.Covers(start))
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
        var plans = data.Table(CinSchema.ChildProtectionPlans).Where(p => p.ChildId is not null).ToList();
        foreach (var child in plans.GroupBy(p => p.ChildId!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var starts = child.Select(p => p.GetDate("CPPstartDate")).Where(d => d is not null).Select(d => d!.Value).ToList();
            foreach (var p in child)
            {
                if (p.GetDate("CPPstartDate") is not { } start)
                {
                    subsequent.Exclude("plans without a valid start date");
                    continue;
                }
                if (year.Contains(start))
                {
                    subsequent.In(child.Key);
                    var previous = int.TryParse(p["NumberOfPreviousCPP"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
                    if (previous >= 1 || starts.Any(other => other < start))
                    {
                        subsequent.Count(child.Key);
                    }
                }
                var end = p.GetDate("CPPendDate");
                if (start <= year.End && (end is null || end.Value > year.End))
                {
                    twoYears.In(child.Key);
                    cppRate.Count(child.Key);
                    if (start <= year.End.PlusYears(-2))
                    {
                        twoYears.Count(child.Key);
                    }
                }
            }
        }
        return new[] { referrals, rereferrals, assessments, icpc, subsequent, twoYears, cppRate, cinRate };
    }
}
