using System;
using System.Globalization;
using System.Linq;
using System.Text;
using OutcomesFramework.Assurance;
using OutcomesFramework.Scoring.Overlays;
using OutcomesFramework.Serialization;
using OutcomesFramework.Tests.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Serialization;

// Issue 11: every reader caps its problem list (the first 100, then "and N more of the same kinds"), with memory
// bounded whatever the input size.
public sealed class ProblemCapTest
{
    private static readonly SyntheticWorld World = new(seed: 3);

    [Fact]
    public void Overlay_ManyUnknownIds_ListsTheFirst100AndCountsTheRest()
    {
        const int Unknown = 20_000 / MutationTwin.Divisor; // 4,000 in the mutation twin: still forty times the cap
        var overlay = LocalOverlayJson.Read(OverlayNaming(Unknown), "many.json");

        var e = Assert.Throws<OverlayValidationException>(() => overlay.Apply(World.Framework));

        Assert.Equal(DocumentValidationException.MaxListedProblems, e.Problems.Length);
        Assert.Equal(Unknown - 100, e.OmittedProblemCount);
        // Applying checks the overlay's indicators in id order (ordinal: u0, u1, u10, u100, …); each problem keeps the
        // line of its id (line 1 is "{", line 2 the name, line 3 "indicators", so u<i> is on line 4 + i).
        var first = Enumerable.Range(0, Unknown).OrderBy(i => "u" + i, StringComparer.Ordinal).Take(100);
        Assert.Equal(first.Select(i => ("$.indicators.u" + i, (long?)(4 + i))), e.Problems.Select(p => (p.Path, p.Line)));
        Assert.EndsWith("\n  and " + Grouped(Unknown - 100) + " more of the same kinds (only the first 100 are listed).", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("many.json has " + Grouped(Unknown) + " problems:", e.Message, StringComparison.Ordinal);
        Assert.Equal(102, e.Message.Split('\n').Length);
    }

    [Fact]
    public void Overlay_ReadingProblems_AreCappedInDocumentOrder()
    {
        // Duplicates are found while parsing and other problems while binding: the cap keeps the first 100 by line.
        var json = new StringBuilder("{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"indicators\": {\n");
        for (var i = 0; i < 300; i++)
        {
            json.Append("    \"i").Append(i).Append("\": { \"weight\": -1 },\n");
        }
        json.Append("    \"i0\": { \"weight\": 1 }\n  }\n}\n");

        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json.ToString()));

        Assert.Equal(100, e.Problems.Length);
        Assert.Equal(301 - 100, e.OmittedProblemCount); // 300 negative weights and 1 duplicate (the last line)
        Assert.Equal(Enumerable.Range(5, 100).Select(l => (long?)l), e.Problems.Select(p => p.Line));
    }

    [Fact]
    public void RuleSet_ExceptionFromAList_KeepsTheFirst100InTheOrderGiven()
    {
        var problems = Enumerable.Range(0, 250).Select(i => new DocumentProblem("$.rules[" + i + "]", "Problem " + i, 250 - i));

        var e = new RuleSetValidationException(problems);

        Assert.Equal(Enumerable.Range(0, 100).Select(i => "Problem " + i), e.Problems.Select(p => p.Message));
        Assert.Equal(150, e.OmittedProblemCount);
    }

    [Fact]
    public void Collector_KeepsAtMostTwiceTheCap_WhateverIsAdded()
    {
        var collector = new ProblemCollector();
        for (var i = 0; i < 100_000; i++)
        {
            collector.Add("$.x", 100_000 - i, "p");
        }

        Assert.Equal(100_000, collector.Count);
        Assert.Equal(99_900, collector.Omitted);
        Assert.Equal(Enumerable.Range(1, 100).Select(l => (long?)l), collector.InDocumentOrder().Select(p => p.Line));
    }

    [Fact]
    public void Collector_FewProblems_AreAllListed()
    {
        var collector = new ProblemCollector();
        collector.Add("$.b", 2, "second");
        collector.Add("$.a", 1, "first");

        Assert.Equal(new[] { "first", "second" }, collector.InDocumentOrder().Select(p => p.Message));
        Assert.Equal(0, collector.Omitted);
    }

    /// <summary>An overlay naming <paramref name="count"/> indicators the framework lacks, one per line.</summary>
    internal static string OverlayNaming(int count)
    {
        var json = new StringBuilder("{\n  \"formatVersion\": 1, \"name\": \"many\",\n  \"indicators\": {\n");
        for (var i = 0; i < count; i++)
        {
            json.Append("    \"u").Append(i).Append("\": { \"weight\": 1 }").Append(i + 1 < count ? ",\n" : "\n");
        }
        return json.Append("  }\n}\n").ToString();
    }

    // The messages group thousands with commas whatever the culture (19,900).
    private static string Grouped(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
