using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Ssda903;

namespace OutcomesFramework.Returns.Tests;

/// <summary>Fixture paths and small in-memory returns for the tests.</summary>
internal static class TestData
{
    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>The D2I fake 903 sample's CSV tables (2017/18-style dates), read as the 2017/18 collection (the XML excerpt is another 5 children, left out).</summary>
    public static ReturnData D2i903() => new Ssda903Reader(new CollectionYear(2018)).ReadFiles(
        Directory.GetFiles(Fixture("ssda903/d2i_validator_fake"), "*.csv").OrderBy(f => f, StringComparer.Ordinal));

    /// <summary>Reads 903 CSV tables given as (name, text) pairs.</summary>
    public static ReturnData Csv903(int year, params (string Name, string Text)[] files) =>
        new Ssda903Reader(new CollectionYear(year)).Read(files.Select(f => new KeyValuePair<string, Func<TextReader>>(f.Name, () => new StringReader(f.Text))).ToList());

    /// <summary>Reads CIN census XML text.</summary>
    public static ReturnData CinXml(int year, string xml) => new CinCensusReader(new CollectionYear(year)).Read("test.xml", new StringReader(xml));

    /// <summary>Wraps child elements in a 2024/25 CIN census message.</summary>
    public static string CinMessage(params string[] children) => CinMessageFor(2025, children);

    /// <summary>Wraps child elements in a CIN census message whose header is for the collection year ending in <paramref name="endYear"/>.</summary>
    public static string CinMessageFor(int endYear, params string[] children) =>
        "<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>" + endYear + "</Year><ReferenceDate>" + endYear + "-03-31</ReferenceDate></CollectionDetails>"
        + "<Source><SourceLevel>L</SourceLevel><LEA>201</LEA></Source></Header><Children>" + string.Concat(children) + "</Children></Message>";

    public const string EpisodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

    public const string HeaderHeader = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
}
