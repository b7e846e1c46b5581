using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace OutcomesFramework.Docs.Tests;

/// <summary>
/// Every C# sample in README.md, docs/ and the package READMEs is a test in Samples/ (which compiles and runs it), and
/// the doc shows exactly that test's code. To change a sample, edit its Samples/*.cs file and run these tests with
/// OUTCOMES_UPDATE_DOCS=1, which writes the docs; review the diff.
/// </summary>
public sealed class DocSamplesTest
{
    private static readonly bool UpdateDocs = Environment.GetEnvironmentVariable("OUTCOMES_UPDATE_DOCS") == "1";

    /// <summary>The docs, one test case each.</summary>
    public static TheoryData<string> Docs() => new(DocSamples.DocFiles());

    [Theory]
    [MemberData(nameof(Docs))]
    public void EveryCSharpBlockIsItsSampleFile(string doc)
    {
        if (UpdateDocs)
        {
            DocSamples.Update(doc);
        }

        var problems = new List<string>();
        foreach (var block in DocSamples.Blocks(doc))
        {
            var at = doc + ":" + block.FenceLine;
            if (block.Sample is null)
            {
                problems.Add(at + ": a ```csharp block without a <!-- sample: Name --> line before it; make it a test Samples/Name.cs in tests/OutcomesFramework.Docs.Tests");
                continue;
            }

            var sample = DocSamples.SampleText(block.Sample);
            if (sample is null)
            {
                problems.Add(at + ": the sample " + block.Sample + " has no file Samples/" + block.Sample + ".cs");
            }
            else if (sample != block.Code)
            {
                problems.Add(at + ": the block differs from Samples/" + block.Sample + ".cs (run the tests with OUTCOMES_UPDATE_DOCS=1 to rewrite the doc):\n"
                    + FirstDifference(sample, block.Code));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EverySampleIsShownInADoc()
    {
        var shown = DocSamples.DocFiles().SelectMany(DocSamples.Blocks).Select(b => b.Sample).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unshown = DocSamples.SampleNames().Where(n => !shown.Contains(n)).ToList();
        Assert.True(unshown.Count == 0, "Samples no doc shows: " + string.Join(", ", unshown));
    }

    [Fact]
    public void EveryDocWithCSharpIsFound()
    {
        // Guards the search itself: these pages are known to hold C# samples.
        var docs = DocSamples.DocFiles();
        Assert.Contains("README.md", docs);
        Assert.Contains("docs/scoring.md", docs);
        Assert.Contains("src/OutcomesFramework.Statistics/README.md", docs);
        Assert.NotEmpty(DocSamples.Blocks("README.md"));
    }

    [Fact]
    public void TheReadmeTourIsACompleteScorecardInUnderTenLines()
    {
        var tour = Assert.Single(DocSamples.Blocks("README.md"));
        Assert.Equal(nameof(Samples.ReadmeTour), tour.Sample);
        Assert.True(tour.Code.Split('\n').Length < 10, "The README's C# tour has " + tour.Code.Split('\n').Length + " lines:\n" + tour.Code);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end)";
            var al = i < a.Length ? a[i] : "(end)";
            if (el != al)
            {
                return "  line " + (i + 1) + " of the block\n  sample: " + el + "\n  doc:    " + al;
            }
        }
        return "  (line ends differ)";
    }
}
