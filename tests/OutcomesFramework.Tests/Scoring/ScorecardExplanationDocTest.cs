using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// Every node of every explanation is one documented in docs/scoring.md §7 (its table of nodes): its label, its
/// method and its inputs in their order; and every documented node is made by some scorecard. The cards are chosen so
/// that each optional part appears: a limiting rule, indicators left out, a local target, a clamped score, a stale
/// period, a region comparator and both neighbour averages.
/// </summary>
public sealed class ScorecardExplanationDocTest
{
    private sealed record Entry(Regex Pattern, bool IsLiteral, bool IsOptional, bool Repeats, string Text);

    private sealed record Row(string Label, Regex LabelPattern, bool IsLiteral, Regex[] Methods, Entry[] Inputs);

    private static readonly Row[] Rows = ReadRows();

    // A documented text as a pattern: `{…}` stands for any text, the rest is literal.
    private static Regex PatternOf(string text) =>
        new("^" + string.Concat(Regex.Split(text, @"(\{[^}]*\})").Select(part => part.StartsWith('{') ? ".+" : Regex.Escape(part))) + "$", RegexOptions.CultureInvariant);

    private static Row[] ReadRows()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Docs", "scoring.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("| Node (label) | Method | Inputs |", StringComparison.Ordinal));
        Assert.True(start > 0, "docs/scoring.md has no table of explanation nodes");
        var rows = new List<Row>();
        for (var i = start + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            var cells = lines[i].Split('|');
            Assert.Equal(5, cells.Length);
            var label = Spans(cells[1]).Single().Text;
            var methods = Spans(cells[2]).Select(s => PatternOf(s.Text)).ToArray();
            var inputs = Spans(cells[3]).Select(s =>
            {
                var optional = s.Text.StartsWith('[') && s.Text.EndsWith(']');
                var name = optional ? s.Text.Substring(1, s.Text.Length - 2) : s.Text;
                return new Entry(PatternOf(name), !name.Contains('{'), optional, s.Repeats, name);
            }).ToArray();
            rows.Add(new Row(label, PatternOf(label), !label.Contains('{'), methods, inputs));
        }
        Assert.True(rows.Count >= 10, "too few documented nodes: " + rows.Count);
        return rows.ToArray();
    }

    private static IEnumerable<(string Text, bool Repeats)> Spans(string cell) =>
        Regex.Matches(cell, @"`([^`]*)`(\\?\*)?").Cast<Match>().Select(m => (m.Groups[1].Value, m.Groups[2].Success));

    private static Row RowOf(Explanation node)
    {
        var literal = Rows.Where(r => r.IsLiteral && r.Label == node.Label).ToList();
        var matched = literal.Count > 0 ? literal : Rows.Where(r => !r.IsLiteral && r.LabelPattern.IsMatch(node.Label)).ToList();
        Assert.True(matched.Count == 1, "node '" + node.Label + "' matches " + matched.Count + " documented nodes");
        return matched[0];
    }

    // The inputs in order: each is the next documented entry it matches, passing over optional and repeating entries
    // only; a literal entry is preferred to a pattern, so that "coverage" is not taken for an indicator id. Returns the
    // documented entry each input was matched to.
    private static List<string> InputsFit(Row row, Explanation node)
    {
        var used = new List<string>();
        var at = 0;
        foreach (var input in node.Inputs)
        {
            int Find(bool literal)
            {
                for (var j = at; j < row.Inputs.Length; j++)
                {
                    var e = row.Inputs[j];
                    if (e.IsLiteral == literal && e.Pattern.IsMatch(input.Name))
                    {
                        return j;
                    }
                    if (!e.IsOptional && !e.Repeats)
                    {
                        return -1;
                    }
                }
                return -1;
            }

            var found = Find(true);
            if (found < 0)
            {
                found = Find(false);
            }
            Assert.True(found >= 0, "node '" + node.Label + "': input '" + input.Name + "' is not documented at this place (after '" + (at > 0 ? row.Inputs[at - 1].Text : "the start") + "')");
            used.Add(row.Inputs[found].Text);
            at = row.Inputs[found].Repeats ? found : found + 1;
        }
        for (var j = at; j < row.Inputs.Length; j++)
        {
            var e = row.Inputs[j];
            Assert.True(e.IsOptional || e.Repeats, "node '" + node.Label + "' lacks the documented input '" + e.Text + "'");
        }
        return used;
    }

    private static IEnumerable<Explanation> Nodes(Explanation root) => new[] { root }.Concat(root.Children.SelectMany(Nodes));

    private static IEnumerable<Scorecard> Cards()
    {
        var world = new SyntheticWorld(seed: 7);
        var policy = ScoringPolicy.Default
            .WithLimitingRule(new LimitingRule("SS", ScoreBand.A, ScoreBand.D))
            .WithIndicator("ss-rereferrals", IndicatorPolicy.None.WithExcluded(true))
            .WithIndicator("bh-health", IndicatorPolicy.None.WithTarget(new LocalTarget(50, 1)).WithNormalisation(Normalisation.Goalposts(70, 90)));
        foreach (var code in SyntheticWorld.LaCodes)
        {
            yield return world.Engine(policy).Score(code, 2025);
        }
        yield return world.Engine(ScoringPolicy.Default.WithComparator(Comparator.Region).WithNeighbourAverage(NeighbourAverage.Median)).Score(SyntheticWorld.LaCodes[6], 2025);
        var stale = world.Observations.Where(o => !(o.IndicatorId == "ew-eet" && o.Period.EndYear == 2025));
        yield return new ScoringEngine(world.Framework, ObservationSet.Create(stale), world.Areas, world.Neighbours, policy).Score(SyntheticWorld.LaCodes[1], 2025);
    }

    [Fact]
    public void EveryNode_IsDocumented_WithItsMethodAndInputs_AndEveryDocumentedNodeIsMade()
    {
        var made = new HashSet<string>(StringComparer.Ordinal);
        var inputsMade = new HashSet<string>(StringComparer.Ordinal);
        foreach (var card in Cards())
        {
            foreach (var node in Nodes(card.Explain()))
            {
                var row = RowOf(node);
                made.Add(row.Label);
                Assert.True(node.Method is not null && row.Methods.Any(m => m.IsMatch(node.Method)),
                    "node '" + node.Label + "': method '" + node.Method + "' is not the documented one");
                foreach (var entry in InputsFit(row, node))
                {
                    inputsMade.Add(row.Label + " / " + entry);
                }
            }
        }
        Assert.Equal(Rows.Select(r => r.Label).OrderBy(x => x, StringComparer.Ordinal), made.OrderBy(x => x, StringComparer.Ordinal));
        // Every documented input appears somewhere, so that the table lists nothing the explanations never give.
        var documented = Rows.SelectMany(r => r.Inputs.Select(e => r.Label + " / " + e.Text)).ToList();
        var unseen = documented.Where(d => !inputsMade.Contains(d) && !NeverOnTheseCards.Contains(d)).ToList();
        Assert.True(unseen.Count == 0, "documented but never seen: " + string.Join("; ", unseen));
    }

    // Inputs the chosen cards cannot show: a league's rank (Score gives none) and a trend's message (the synthetic series
    // always has the five points a trend needs).
    private static readonly HashSet<string> NeverOnTheseCards = new(StringComparer.Ordinal)
    {
        "Overall score: {area} ({code}), {year} / rank",
        "Outcome {id} {name} / rank",
        "Recent trend / message",
    };

    [Fact]
    public void ADocumentedInputOutOfPlace_IsCaught()
    {
        // The fitting itself can fail: an outcome node with its inputs in another order does not fit.
        var row = Rows.Single(r => r.Label == "Outcome {id} {name}");
        var node = new Explanation("Outcome SS Stay safe", "50", "x", new[]
        {
            new ExplanationInput("coverage threshold", "50%"), new ExplanationInput("coverage", "100%"), new ExplanationInput("weight in the overall score", "1"),
        });
        Assert.ThrowsAny<Exception>(() => InputsFit(row, node));
        var missing = new Explanation("Outcome SS Stay safe", "50", "x", new[] { new ExplanationInput("coverage", "100%") });
        Assert.ThrowsAny<Exception>(() => InputsFit(row, missing));
    }
}
