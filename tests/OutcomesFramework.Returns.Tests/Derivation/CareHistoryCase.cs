namespace OutcomesFramework.Returns.Tests.Derivation;

/// <summary>
/// Two years of one council's 903 returns written for the tests: last year's (2023/24, 1 April 2023 - 31 March 2024)
/// and the current one (2024/25, 1 April 2024 - 31 March 2025). Each holds, as a real return does, only the episodes
/// open during its year: an episode still open on 31 March is in both files, open (no DEC) in the first. The
/// children's periods of care began before the current year, and for K, M, W and Z before its first episode of them.
/// Shared with the command-line tests.
/// </summary>
internal static class CareHistoryCase
{
    private const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

    private const string HeaderHeader = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";

    /// <summary>Last year's episodes (2023/24).</summary>
    public const string LastYearEpisodes = EpisodesHeader
        // K: started to be looked after on 1 Mar 2022 (S) in foster placement U1; a change of legal status only (L)
        // on 1 Jun 2023 in the same placement, still open on 31 Mar 2024 (so in both files).
        + "K,01/03/2022,S,C2,N1,U1,PR1,01/06/2023,X1,,,,\n"
        + "K,01/06/2023,L,C1,N1,U1,PR1,,,,,,\n"
        // M: started 10 Jan 2022 (S), moved on 1 May 2023 (P) and again on 1 Nov 2023 (P), still open.
        + "M,10/01/2022,S,C2,N1,U1,PR1,01/05/2023,X1,,,,\n"
        + "M,01/05/2023,P,C2,N1,U2,PR1,01/11/2023,X1,CARPL,,,\n"
        + "M,01/11/2023,P,C2,N1,U4,PR1,,,,,,\n"
        // R: started 1 May 2021 (S), one open episode ever since (in both files, with its RNE S).
        + "R,01/05/2021,S,C2,N1,U1,PR1,,,,,,\n"
        // W: the earliest episode known is a change of placement (P) on 1 Oct 2022, before last year's return
        // begins: the episode before it, if any, is in a return not given. Moved again (T) on 1 Oct 2023, still open.
        + "W,01/10/2022,P,C2,N1,U1,PR1,01/10/2023,X1,,,,\n"
        + "W,01/10/2023,T,C1,N1,U3,PR1,,,,,,\n"
        // Z: started 1 Dec 2021 (S); placed for adoption (A5) on 1 Jun 2023 (P); a change of legal status only (L)
        // on 1 Dec 2023 in the same adoptive placement, still open on 31 Mar 2024.
        + "Z,01/12/2021,S,C2,N1,U1,PR1,01/06/2023,X1,,,,\n"
        + "Z,01/06/2023,P,C2,N1,A5,PR1,01/12/2023,X1,,,,\n"
        + "Z,01/12/2023,L,E1,N1,A5,PR1,,,,,,\n";

    /// <summary>Last year's header.</summary>
    public const string LastYearHeader = HeaderHeader
        + "K,1,15/06/2014,WBRI,,,\nM,2,20/02/2013,WBRI,,,\nR,1,10/10/2012,WBRI,,,\nW,2,01/07/2015,WBRI,,,\nZ,1,01/01/2020,WBRI,,,\n";

    /// <summary>The current year's episodes (2024/25): only those open during the year.</summary>
    public const string CurrentEpisodes = EpisodesHeader
        + "K,01/06/2023,L,C1,N1,U1,PR1,,,,,,\n"
        + "M,01/11/2023,P,C2,N1,U4,PR1,,,,,,\n"
        + "R,01/05/2021,S,C2,N1,U1,PR1,,,,,,\n"
        + "W,01/10/2023,T,C1,N1,U3,PR1,,,,,,\n"
        // Z: adopted (E11) on 1 Sep 2024.
        + "Z,01/12/2023,L,E1,N1,A5,PR1,01/09/2024,E11,,,,\n";

    /// <summary>The current year's header: K 10, M 12, R 12, W 9 at 31 March 2025 (all under 16); Z 5.</summary>
    public const string CurrentHeader = LastYearHeader;
}
