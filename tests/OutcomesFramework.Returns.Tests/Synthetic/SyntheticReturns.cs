using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;

namespace OutcomesFramework.Returns.Tests.Synthetic;

/// <summary>
/// A seeded generator of synthetic SSDA903 and CIN census returns, shared by the tests and the benchmarks (linked into
/// benchmarks/OutcomesFramework.Benchmarks). The same seed gives the same return, byte for byte: <see cref="Random"/>
/// with a seed is stable across .NET versions. The children are made up; the codes, dates and shapes follow the
/// DfE's 903 and CIN census guidance closely enough for every reader path, rule and derivation to be exercised.
/// </summary>
internal static class SyntheticReturns
{
    private static readonly string[] LegalStatus = { "C2", "C2", "C2", "C1", "V2", "E1", "J2", "D1", "V3" };
    private static readonly string[] Placements = { "U1", "U2", "U3", "U4", "U5", "U6", "R1", "K2", "H5", "P1", "A3", "A5", "S1" };
    private static readonly string[] Later = { "P", "P", "T", "B", "U", "L" };
    private static readonly string[] Ceased = { "E11", "E12", "E13", "E41", "E45", "E3", "E4A", "E8" };
    private static readonly string[] Ethnic = { "WBRI", "WIRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "CHNE", "OOTH", "REFU" };
    private static readonly string[] Activity = { "F1", "P1", "F2", "P2", "F4", "P4", "F5", "G4", "G5", "G6" };
    private static readonly string[] Accommodation = { "B1", "C1", "D1", "E2", "G1", "H1", "K2", "R1", "S2", "T1", "U1", "V2" };
    private static readonly string[] ReferralSource = { "1A", "1B", "2A", "3A", "3B", "4", "5A", "5D", "6", "7", "8", "9", "10" };
    private static readonly string[] Abuse = { "NEG", "PHY", "EMO", "SAB", "MUL" };
    private static readonly string[] Factors = { "1B", "2B", "3A", "3B", "4B", "18B", "19B", "21", "22A", "23" };

    /// <summary>The SSDA903 tables as written to CSV, in the DfE's column order.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns903 = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Header"] = new[] { "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB" },
        ["Episodes"] = new[] { "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN" },
        ["Reviews"] = new[] { "CHILD", "DOB", "REVIEW", "REVIEW_CODE" },
        ["UASC"] = new[] { "CHILD", "SEX", "DOB", "DUC" },
        ["OC2"] = new[] { "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED" },
        ["OC3"] = new[] { "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM" },
        ["AD1"] = new[] { "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR" },
        ["PlacedAdoption"] = new[] { "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED" },
        ["PrevPerm"] = new[] { "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM" },
        ["Missing"] = new[] { "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END" },
    };

    /// <summary>
    /// An SSDA903 return for <paramref name="children"/> children looked after in the year (1 to 5 episodes each, 3 on
    /// average) plus one care leaver for every ten of them: each table's rows, columns as <see cref="Columns903"/>.
    /// </summary>
    public static Dictionary<string, List<string[]>> Ssda903(int seed, int children, int year)
    {
        var random = new Random(seed);
        var tables = Columns903.Keys.ToDictionary(k => k, _ => new List<string[]>(), StringComparer.Ordinal);
        var yearStart = new LocalDate(year - 1, 4, 1);
        var yearEnd = new LocalDate(year, 3, 31);
        for (var i = 0; i < children; i++)
        {
            var id = (100000 + i).ToString(CultureInfo.InvariantCulture);
            var dob = yearEnd.PlusDays(-random.Next(30, 17 * 365));
            var sex = random.Next(1, 3).ToString(CultureInfo.InvariantCulture);
            var d = Date(dob);
            tables["Header"].Add(new[] { id, sex, d, Pick(random, Ethnic), "A" + random.Next(100000000, 999999999).ToString(CultureInfo.InvariantCulture) + "123", sex == "2" && random.Next(20) == 0 ? "1" : string.Empty, string.Empty });
            var episodes = random.Next(1, 7);
            var earliest = dob > yearStart.PlusYears(-4) ? dob : yearStart.PlusYears(-4);
            var span = Period.DaysBetween(earliest, yearEnd.PlusDays(-10));
            var start = earliest.PlusDays(random.Next(0, Math.Max(1, span)));
            var careStart = start;
            var rne = "S";
            var placedForAdoption = (LocalDate?)null;
            for (var e = 0; e < episodes; e++)
            {
                var last = e == episodes - 1;
                var end = start.PlusDays(random.Next(10, 200));
                var place = Pick(random, Placements);
                string? dec = null;
                string? rec = null;
                if (!last && end <= yearEnd)
                {
                    dec = Date(end);
                    rec = "X1";
                }
                else if (end <= yearEnd && random.Next(3) == 0)
                {
                    // The period of care ends; adoptions end in an adoptive placement.
                    rec = Pick(random, Ceased);
                    if (rec is "E11" or "E12")
                    {
                        place = random.Next(2) == 0 ? "A5" : "A6";
                        placedForAdoption = start;
                    }
                    dec = Date(end);
                }
                var provider = place[0] is 'U' or 'R' or 'K' ? "PR" + random.Next(1, 6).ToString(CultureInfo.InvariantCulture) : string.Empty;
                tables["Episodes"].Add(new[]
                {
                    id, Date(start), rne, Pick(random, LegalStatus), "N" + random.Next(1, 9).ToString(CultureInfo.InvariantCulture), place, provider,
                    dec ?? string.Empty, rec ?? string.Empty, rne == "P" ? "CARPL" : string.Empty, "AB1 2CD", "EF3 4GH", place[0] == 'K' ? "SC" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture) : string.Empty,
                });
                if (dec is null || rec != "X1")
                {
                    break;
                }
                start = end;
                rne = Pick(random, Later);
            }
            for (var r = random.Next(0, 4); r > 0; r--)
            {
                tables["Reviews"].Add(new[] { id, d, Date(careStart.PlusDays(random.Next(20, 300))), "PN" + random.Next(1, 8).ToString(CultureInfo.InvariantCulture) });
            }
            if (random.Next(10) == 0)
            {
                var ms = yearStart.PlusDays(random.Next(0, 360));
                tables["Missing"].Add(new[] { id, d, random.Next(3) == 0 ? "A" : "M", Date(ms), random.Next(5) == 0 ? string.Empty : Date(ms.PlusDays(random.Next(0, 5))) });
            }
            if (random.Next(20) == 0)
            {
                tables["UASC"].Add(new[] { id, sex, d, Date(dob.PlusYears(18)) });
            }
            if (careStart <= yearEnd.PlusYears(-1) && random.Next(2) == 0)
            {
                tables["OC2"].Add(new[] { id, d, random.Next(0, 41).ToString(CultureInfo.InvariantCulture), string.Empty, "0", "1", "1", "1", "1", "0", string.Empty, string.Empty });
            }
            if (placedForAdoption is { } placed)
            {
                tables["AD1"].Add(new[] { id, d, Date(careStart.PlusDays(30)), Date(placed.PlusDays(-10)), "0", "1", "MF", "L0" });
                tables["PlacedAdoption"].Add(new[] { id, d, Date(placed), string.Empty, string.Empty });
            }
            if (rne == "S" && random.Next(8) == 0)
            {
                tables["PrevPerm"].Add(new[] { id, d, "Z1", string.Empty, string.Empty });
            }
        }
        // Care leavers aged 17 to 21: a header row, an old episode ending at 18, and the OC3 row.
        for (var i = 0; i < children / 10; i++)
        {
            var id = (900000 + i).ToString(CultureInfo.InvariantCulture);
            var dob = yearStart.PlusYears(-random.Next(17, 22)).PlusDays(random.Next(0, 365));
            var d = Date(dob);
            tables["Header"].Add(new[] { id, random.Next(1, 3).ToString(CultureInfo.InvariantCulture), d, Pick(random, Ethnic), "UN2", string.Empty, string.Empty });
            var eighteen = dob.PlusYears(18);
            if (eighteen <= yearEnd)
            {
                tables["Episodes"].Add(new[] { id, Date(eighteen.PlusYears(-2)), "S", "C2", "N1", "U1", "PR1", Date(eighteen), "E8", string.Empty, string.Empty, string.Empty, string.Empty });
            }
            tables["OC3"].Add(new[] { id, d, random.Next(15) == 0 ? "DIED" : "YES", Pick(random, Activity), Pick(random, Accommodation) });
        }
        return tables;
    }

    /// <summary>Writes one table as CSV (CRLF line ends, as the DfE's exports have), columns in the order given.</summary>
    public static void WriteCsv(TextWriter writer, string table, IEnumerable<string[]> rows, IReadOnlyList<int>? columnOrder = null)
    {
        var columns = Columns903[table];
        var order = columnOrder ?? Enumerable.Range(0, columns.Length).ToArray();
        writer.Write(string.Join(",", order.Select(c => columns[c])));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(",", order.Select(c => row[c])));
            writer.Write("\r\n");
        }
    }

    /// <summary>Writes the 903 return into a directory, one file per table (header.csv, episodes.csv, ...).</summary>
    public static void Write903Directory(string directory, int seed, int children, int year)
    {
        Directory.CreateDirectory(directory);
        foreach (var pair in Ssda903(seed, children, year))
        {
            using var writer = new StreamWriter(Path.Combine(directory, pair.Key.ToLowerInvariant() + ".csv"), false, new UTF8Encoding(false));
            WriteCsv(writer, pair.Key, pair.Value);
        }
    }

    /// <summary>
    /// Writes a CIN census for <paramref name="children"/> children with about <paramref name="cinEpisodes"/> CIN
    /// episodes (CINdetails) between them, streaming (an England-sized census is hundreds of megabytes).
    /// </summary>
    public static void WriteCin(TextWriter writer, int seed, int children, int cinEpisodes, int year)
    {
        var random = new Random(seed);
        var yearStart = new LocalDate(year - 1, 4, 1);
        var yearEnd = new LocalDate(year, 3, 31);
        writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n<Header><CollectionDetails><Collection>CIN</Collection><Year>");
        writer.Write(year.ToString(CultureInfo.InvariantCulture));
        writer.Write("</Year><ReferenceDate>");
        writer.Write(Iso(yearEnd));
        writer.Write("</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source></Header>\n<Children>\n");
        var extra = cinEpisodes - children; // children with a second CIN episode
        for (var i = 0; i < children; i++)
        {
            var dob = yearEnd.PlusDays(-random.Next(30, 18 * 365));
            writer.Write("<Child><ChildIdentifiers><LAchildID>C");
            writer.Write((1000000 + i).ToString(CultureInfo.InvariantCulture));
            writer.Write("</LAchildID><UPN>A");
            writer.Write(random.Next(100000000, 999999999).ToString(CultureInfo.InvariantCulture));
            writer.Write("123</UPN><PersonBirthDate>");
            writer.Write(Iso(dob));
            writer.Write(year >= 2024 ? "</PersonBirthDate><Sex>" : "</PersonBirthDate><GenderCurrent>");
            writer.Write(random.Next(2) == 0 ? "M" : "F");
            writer.Write(year >= 2024 ? "</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>" : "</GenderCurrent></ChildIdentifiers><ChildCharacteristics><Ethnicity>");
            writer.Write(Pick(random, Ethnic));
            writer.Write("</Ethnicity>");
            if (random.Next(10) == 0)
            {
                writer.Write("<Disabilities><Disability>MOB</Disability></Disabilities>");
            }
            writer.Write("</ChildCharacteristics>\n");
            var episodes = (long)extra * children > 0 && random.Next(children) < extra ? 2 : 1;
            var referral = yearStart.PlusDays(-random.Next(0, 700));
            var previousPlans = 0;
            for (var e = 0; e < episodes; e++)
            {
                var last = e == episodes - 1;
                var closed = !last || random.Next(3) != 0 ? referral.PlusDays(random.Next(30, 500)) : (LocalDate?)null;
                if (closed > yearEnd)
                {
                    closed = null;
                }
                var nfa = random.Next(8) == 0;
                writer.Write("<CINdetails><CINreferralDate>");
                writer.Write(Iso(referral));
                writer.Write("</CINreferralDate><ReferralSource>");
                writer.Write(Pick(random, ReferralSource));
                writer.Write("</ReferralSource><PrimaryNeedCode>N");
                writer.Write(random.Next(1, 10).ToString(CultureInfo.InvariantCulture));
                writer.Write("</PrimaryNeedCode>");
                if (closed is { } c)
                {
                    writer.Write("<CINclosureDate>");
                    writer.Write(Iso(c));
                    writer.Write("</CINclosureDate><ReasonForClosure>RC");
                    writer.Write(random.Next(1, 9).ToString(CultureInfo.InvariantCulture));
                    writer.Write("</ReasonForClosure>");
                }
                writer.Write("<ReferralNFA>");
                writer.Write(nfa ? "true" : "false");
                writer.Write("</ReferralNFA>");
                if (!nfa)
                {
                    var assessmentStart = referral.PlusDays(random.Next(0, 5));
                    writer.Write("<Assessments><AssessmentActualStartDate>");
                    writer.Write(Iso(assessmentStart));
                    writer.Write("</AssessmentActualStartDate><AssessmentAuthorisationDate>");
                    writer.Write(Iso(assessmentStart.PlusDays(random.Next(5, 80))));
                    writer.Write("</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>");
                    writer.Write(Pick(random, Factors));
                    writer.Write("</AssessmentFactors><AssessmentFactors>");
                    writer.Write(Pick(random, Factors));
                    writer.Write("</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>");
                    if (random.Next(3) == 0)
                    {
                        writer.Write("<CINPlanDates><CINPlanStartDate>");
                        writer.Write(Iso(assessmentStart.PlusDays(30)));
                        writer.Write("</CINPlanStartDate></CINPlanDates>");
                    }
                    if (random.Next(4) == 0)
                    {
                        var s47 = referral.PlusDays(random.Next(0, 10));
                        var conference = s47.PlusDays(random.Next(5, 30));
                        writer.Write("<Section47><S47ActualStartDate>");
                        writer.Write(Iso(s47));
                        writer.Write("</S47ActualStartDate><InitialCPCtarget>");
                        writer.Write(Iso(s47.PlusDays(21)));
                        writer.Write("</InitialCPCtarget><DateOfInitialCPC>");
                        writer.Write(Iso(conference));
                        writer.Write("</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>");
                        if (random.Next(2) == 0)
                        {
                            var planEnd = closed is { } pc && random.Next(2) == 0 ? pc : (LocalDate?)null;
                            writer.Write("<ChildProtectionPlans><CPPstartDate>");
                            writer.Write(Iso(conference));
                            writer.Write("</CPPstartDate>");
                            if (planEnd is { } pe && pe > conference)
                            {
                                writer.Write("<CPPendDate>");
                                writer.Write(Iso(pe));
                                writer.Write("</CPPendDate>");
                            }
                            writer.Write("<InitialCategoryOfAbuse>");
                            writer.Write(Pick(random, Abuse));
                            writer.Write("</InitialCategoryOfAbuse><LatestCategoryOfAbuse>");
                            writer.Write(Pick(random, Abuse));
                            writer.Write("</LatestCategoryOfAbuse><NumberOfPreviousCPP>");
                            writer.Write(previousPlans.ToString(CultureInfo.InvariantCulture));
                            writer.Write("</NumberOfPreviousCPP><Reviews><CPPreviewDate>");
                            writer.Write(Iso(conference.PlusDays(90)));
                            writer.Write("</CPPreviewDate></Reviews></ChildProtectionPlans>");
                            previousPlans++;
                        }
                    }
                }
                writer.Write("</CINdetails>\n");
                referral = (closed ?? referral).PlusDays(random.Next(1, 200));
                if (referral > yearEnd)
                {
                    break;
                }
            }
            writer.Write("</Child>\n");
        }
        writer.Write("</Children>\n</Message>\n");
    }

    /// <summary>The CIN census as a string (for small ones).</summary>
    public static string CinXml(int seed, int children, int cinEpisodes, int year)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCin(writer, seed, children, cinEpisodes, year);
        return writer.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Date(LocalDate d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
