using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Returns;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Scoring.Overlays;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Fuzz;

/// <summary>
/// One fuzz target per reader: each reads the input as a user's file would be read, and lets through only the
/// reader's documented typed error. Any other exception escapes and is a finding (AFL records it as a crash).
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The targets by name, for <c>fuzz/run READER</c>.</summary>
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new SortedDictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["framework"] = Framework,
        ["overlay"] = Overlay,
        ["ruleset"] = RuleSet,
        ["accountability"] = Accountability,
        ["ees"] = Ees,
        ["council"] = Council,
        ["lait"] = Lait,
        ["ssda903-csv"] = Ssda903Csv,
        ["ssda903-xml"] = Ssda903Xml,
        ["cin-xml"] = CinXml,
    };

    private static readonly Lazy<EnglandData> England = new(() => EnglandData.Default);

    // The England framework's indicators that read the children-looked-after file: an EES input is read as that file.
    private static readonly Lazy<(string File, Indicator[] Indicators)> EesPlan = new(() =>
    {
        var withSource = England.Value.Framework.Indicators.Where(i => i.Source is not null).ToList();
        var file = withSource.GroupBy(i => i.Source!.File, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return (file, withSource.Where(i => string.Equals(i.Source!.File, file, StringComparison.Ordinal)).ToArray());
    });

    // A council's own file for a local indicator, as `--overlay` with `--data` reads it. Lazy, like every use of the
    // libraries here: instrumented code must not run before SharpFuzz has set up AFL's shared memory.
    private static readonly Lazy<Indicator> LocalIndicator = new(() => new Indicator("pc-youth-voice", "Young people who took part in youth voice activities", "PC", new[] { "PC1" },
        MeasureKind.Proportion, Polarity.HigherIsBetter, "%", PeriodKind.YearEnding31March)
        .WithSource(new IndicatorSource("Leeds youth voice survey", "leeds_youth_voice.csv", null, "percent", "numerator", "denominator")).WithMultiplier(100));

    private static void Framework(byte[] input)
    {
        try
        {
            FrameworkJson.Read(input, "fuzz.json");
        }
        catch (FrameworkValidationException)
        {
        }
    }

    private static void Overlay(byte[] input)
    {
        try
        {
            LocalOverlayJson.Read(input, "fuzz.json");
        }
        catch (OverlayValidationException)
        {
        }
    }

    private static void RuleSet(byte[] input)
    {
        try
        {
            RuleSetJson.Read(input, England.Value.Framework, null, "fuzz.json");
        }
        catch (RuleSetValidationException)
        {
        }
    }

    private static void Accountability(byte[] input)
    {
        try
        {
            AccountabilityMapJson.Read(input, "fuzz.json");
        }
        catch (AccountabilityMapValidationException)
        {
        }
    }

    private static void Ees(byte[] input)
    {
        var (file, indicators) = EesPlan.Value;
        ReadEes(file, indicators, input);
    }

    private static void Council(byte[] input) => ReadEes("leeds_youth_voice.csv", new[] { LocalIndicator.Value }, input);

    private static void ReadEes(string file, Indicator[] indicators, byte[] input)
    {
        try
        {
            Balanced(new EesReader(England.Value.Areas).Read(indicators, EesFiles.FromStreams(new Dictionary<string, Stream>(StringComparer.Ordinal) { [file] = new MemoryStream(input, writable: false) })));
        }
        catch (EesFormatException)
        {
        }
    }

    private static void Lait(byte[] input)
    {
        try
        {
            // Every LAIT measure of the England catalogue, as `outcomes` reads the LAIT long file.
            Balanced(England.Value.ReadLait(Text(input)));
        }
        catch (EesFormatException)
        {
        }
    }

    // Every row read is accounted for, whatever the input: a broken account is a finding too.
    private static void Balanced(EesIngest ingest)
    {
        if (ingest.Report.RowsRead != ingest.Report.RowsUsed + ingest.Report.RowsFiltered + ingest.Report.RowsRejected)
        {
            throw new InvalidOperationException("The row account does not balance: " + ingest.Report);
        }
    }

    private static void Ssda903Csv(byte[] input) => Read903("episodes.csv", input);

    private static void Ssda903Xml(byte[] input) => Read903("return.xml", input);

    private static void Read903(string name, byte[] input)
    {
        try
        {
            new Ssda903Reader(new CollectionYear(2024)).Read(new[] { new KeyValuePair<string, Func<TextReader>>(name, () => Text(input)) });
        }
        catch (ReturnFormatException)
        {
        }
    }

    private static void CinXml(byte[] input)
    {
        try
        {
            new CinCensusReader(new CollectionYear(2024)).Read("cin.xml", Text(input));
        }
        catch (ReturnFormatException)
        {
        }
    }

    // As the readers' own ReadFile does: UTF-8 (a byte order mark honoured), invalid bytes replaced.
    private static StreamReader Text(byte[] input) => new StreamReader(new MemoryStream(input, writable: false), new UTF8Encoding(false), true);
}
