using OutcomesFramework.Assurance;
using OutcomesFramework.Scoring;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Reports.Model;

/// <summary>The words the report uses for the library's enumerations (the names a reader knows, not the code's).</summary>
internal static class IndicatorWords
{
    public static string Polarity(OutcomesFramework.Polarity polarity) => polarity switch
    {
        OutcomesFramework.Polarity.HigherIsBetter => "higher is better",
        OutcomesFramework.Polarity.LowerIsBetter => "lower is better",
        _ => "no polarity (context)",
    };

    public static string Comparator(Comparator comparator) => comparator switch
    {
        Scoring.Comparator.Region => "the region",
        Scoring.Comparator.StatisticalNeighbours => "the statistical neighbours",
        _ => "England",
    };

    public static string Band(QuartileBand band) => band switch
    {
        QuartileBand.A => "A (best quarter)",
        QuartileBand.B => "B",
        QuartileBand.C => "C",
        QuartileBand.D => "D (worst quarter)",
        _ => "not banded",
    };

    public static string ScoreBand(ScoreBand band) => band switch
    {
        Scoring.ScoreBand.A => "A (75 to 100)",
        Scoring.ScoreBand.B => "B (50 to 75)",
        Scoring.ScoreBand.C => "C (25 to 50)",
        _ => "D (0 to 25)",
    };

    public static string Direction(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improved => "improved",
        DirectionOfTravel.Worsened => "worsened",
        DirectionOfTravel.Increased => "increased",
        DirectionOfTravel.Decreased => "decreased",
        _ => "no change",
    };

    public static string Trend(TrendDirection direction) => direction switch
    {
        TrendDirection.NoSignificantChange => "no significant change",
        TrendDirection.Increasing => "increasing",
        TrendDirection.Decreasing => "decreasing",
        TrendDirection.IncreasingAndGettingBetter => "increasing and getting better",
        TrendDirection.IncreasingAndGettingWorse => "increasing and getting worse",
        TrendDirection.DecreasingAndGettingBetter => "decreasing and getting better",
        TrendDirection.DecreasingAndGettingWorse => "decreasing and getting worse",
        _ => "cannot be calculated",
    };

    public static string Target(TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.Near => "near",
        _ => "missed",
    };

    public static string SeverityClass(Severity severity) => severity switch
    {
        Severity.Serious => "sev-serious",
        Severity.Concern => "sev-concern",
        Severity.Advisory => "sev-advisory",
        _ => "sev-information",
    };

    public static string LevelClass(EarlyWarningLevel level) => level switch
    {
        EarlyWarningLevel.Serious => "sev-serious",
        EarlyWarningLevel.Concern => "sev-concern",
        EarlyWarningLevel.Watch => "sev-advisory",
        _ => "sev-information",
    };

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Format.Int(n) + suffix;
    }
}
