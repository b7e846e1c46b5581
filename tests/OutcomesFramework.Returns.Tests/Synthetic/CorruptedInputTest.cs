using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Returns.Validation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Synthetic;

/// <summary>
/// 100,000 seeded synthetic children (50,000 in SSDA903 CSV returns, 50,000 in CIN census XML), in batches of 1,000,
/// each batch written to disk clean or corrupted one way (truncated, bad dates, bad codes, another encoding, random
/// bytes, a stray quote, a lost column, NUL bytes). Reading every file through the public file readers, then validating
/// and deriving whatever was read, never throws anything but the library's typed error
/// (<see cref="ReturnFormatException"/>), and every row read is kept or rejected. About 10 to 20 seconds on a quiet
/// two-core machine.
/// </summary>
public sealed class CorruptedInputTest : IDisposable
{
    private const int Batch = 1_000;
    private const int Batches = 50;
    private static readonly string[] Corruptions = { "clean", "truncated", "bad-dates", "bad-codes", "latin1", "utf16-no-bom", "random-bytes", "stray-quote", "lost-column", "nul-bytes" };

    private readonly string directory = Path.Combine(Path.GetTempPath(), "outcomes-returns-corrupt-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void OneHundredThousandChildrenCleanAndCorruptedGiveOnlyTypedErrors()
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var children = 0;
        for (var b = 0; b < Batches; b++)
        {
            var random = new Random(7919 * (b + 1));
            var corruption = Corruptions[b % Corruptions.Length];

            // SSDA903: every table as its own file, the batch's corruption applied to each.
            var dir903 = Path.Combine(directory, "903-" + b);
            Directory.CreateDirectory(dir903);
            foreach (var table in SyntheticReturns.Ssda903(b, Batch, 2025))
            {
                var text = new StringWriter();
                SyntheticReturns.WriteCsv(text, table.Key, table.Value);
                File.WriteAllBytes(Path.Combine(dir903, table.Key + ".csv"), Corrupt(text.ToString(), corruption, random));
            }
            children += Batch;
            Tally(outcomes, corruption + " 903", () =>
            {
                var data = new Ssda903Reader(new CollectionYear(2025)).ReadDirectory(dir903);
                return data;
            });

            // CIN census: one XML file.
            var cin = Path.Combine(directory, "cin-" + b + ".xml");
            File.WriteAllBytes(cin, Corrupt(SyntheticReturns.CinXml(b, Batch, Batch + (Batch / 5), 2025), corruption, random));
            children += Batch;
            Tally(outcomes, corruption + " cin", () => new CinCensusReader(new CollectionYear(2025)).ReadFile(cin));
        }
        Assert.Equal(100_000, children);
        // Every kind of damage was met, and the clean batches read without an error.
        Assert.Equal(0, outcomes.GetValueOrDefault("clean 903 typed error") + outcomes.GetValueOrDefault("clean cin typed error"));
        Assert.Equal(Batches / Corruptions.Length, outcomes.GetValueOrDefault("clean 903 read"));
        Assert.Equal(Batches / Corruptions.Length, outcomes.GetValueOrDefault("truncated cin typed error")); // an XML file cut short is never silently half-read
    }

    /// <summary>Reads, then validates and derives what was read; counts the outcome; lets anything untyped fail the test.</summary>
    private static void Tally(Dictionary<string, int> outcomes, string what, Func<ReturnData> read)
    {
        ReturnData data;
        try
        {
            data = read();
        }
        catch (ReturnFormatException e)
        {
            // The typed error says where: the file, and a line.
            Assert.False(string.IsNullOrEmpty(e.Location.Source));
            Assert.NotNull(e.Location.Line);
            outcomes[what + " typed error"] = outcomes.GetValueOrDefault(what + " typed error") + 1;
            return;
        }
        Assert.All(data.Accounts, a => Assert.Equal(a.RowsRead, a.RowsKept + a.RowsRejected));
        Assert.Equal(data.RecordCount, data.Accounts.Sum(a => a.RowsKept));
        var report = ReturnValidator.Validate(data);
        Assert.All(report.Failures, f => Assert.False(string.IsNullOrEmpty(f.Location.Source)));
        var derived = data.Kind == ReturnKind.Ssda903 ? ReturnsDeriver.Derive(data, null, new DerivationOptions(100_000)) : ReturnsDeriver.Derive(null, data, new DerivationOptions(100_000));
        Assert.NotEmpty(derived.Indicators);
        outcomes[what + " read"] = outcomes.GetValueOrDefault(what + " read") + 1;
    }

    private static byte[] Corrupt(string text, string corruption, Random random)
    {
        switch (corruption)
        {
            case "truncated":
                return Encoding.UTF8.GetBytes(text.Substring(0, random.Next(text.Length / 4, text.Length - 1)));
            case "bad-dates":
                // Turn some dates into impossible ones (31/02, 2021-13-45, 00/00/0000).
                return Encoding.UTF8.GetBytes(Replace(text, random, ("/03/", "/02/"), ("-03-", "-13-"), ("/2024", "/20x4"), ("2024-", "0000-")));
            case "bad-codes":
                return Encoding.UTF8.GetBytes(Replace(text, random, (",C2,", ",c9,"), (",S,", ",s,"), ("N1", "?1"), (">RC", ">rc"), ("PN", "pn"), (",P,", ",Q,")));
            case "latin1":
                // An export in Windows-1252 with accented names: not UTF-8.
                return Encoding.Latin1.GetBytes(Replace(text, random, ("AB1 2CD", "Zoë Ámstrøng"), ("WBRI", "WBRÏ"), ("MOB", "MÖB")));
            case "utf16-no-bom":
                return new UnicodeEncoding(false, false).GetBytes(text);
            case "random-bytes":
                var bytes = Encoding.UTF8.GetBytes(text);
                for (var i = 0; i < 200; i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
                return bytes;
            case "stray-quote":
                var at = random.Next(text.Length);
                return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), "\"", text.AsSpan(at)));
            case "lost-column":
                // Every line loses its last comma (CSV) or a closing tag loses its slash (XML).
                return Encoding.UTF8.GetBytes(text.Contains("<Message>", StringComparison.Ordinal)
                    ? Replace(text, random, ("</Sex>", "<Sex>"))
                    : string.Join("\r\n", text.Split("\r\n").Select(l => l.LastIndexOf(',') is var c and >= 0 && random.Next(3) == 0 ? l.Remove(c, 1) : l)));
            case "nul-bytes":
                return Encoding.UTF8.GetBytes(Replace(text, random, (",", ",\0"), (">", ">\0")));
            default:
                return Encoding.UTF8.GetBytes(text);
        }
    }

    /// <summary>Replaces about one in five occurrences of each pair's first string.</summary>
    private static string Replace(string text, Random random, params (string From, string To)[] pairs)
    {
        foreach (var (from, to) in pairs)
        {
            var sb = new StringBuilder(text.Length);
            var start = 0;
            int at;
            while ((at = text.IndexOf(from, start, StringComparison.Ordinal)) >= 0)
            {
                sb.Append(text, start, at - start).Append(random.Next(5) == 0 ? to : from);
                start = at + from.Length;
            }
            text = sb.Append(text, start, text.Length - start).ToString();
        }
        return text;
    }
}
