using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>The scorecard table reads on its own: ids, whole titles, a legend, figures to each indicator's decimals.</summary>
public class ScorecardTableTest
{
    private static readonly SyntheticWorld World = new(seed: 11);

    private static string Table(Scorecard card)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardTable.Write(card, w);
        return w.ToString();
    }

    private static string[] Lines(string text) => text.Split('\n');

    /// <summary>The row of an indicator: the line that starts with two spaces and its id (and its role tag, if any).</summary>
    private static int RowOf(string[] lines, string id) =>
        Array.FindIndex(lines, l => l.StartsWith("  " + id + " ", StringComparison.Ordinal));

    /// <summary>The documented rule: half away from zero to the indicator's places, never "-0".</summary>
    private static string Shown(double value, int places)
    {
        var r = Math.Round(value, places, MidpointRounding.AwayFromZero);
        return (r == 0 ? 0.0 : r).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Table_ShowsEveryIndicatorId_ThatExplainNeeds()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        var lines = Lines(Table(card));
        foreach (var indicator in World.Framework.Indicators)
        {
            Assert.True(RowOf(lines, indicator.Id) >= 0, indicator.Id + " has no row");
        }
        Assert.Contains(lines, l => l.StartsWith("  ss-cla-rate [context] ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  ss-turnover [enabler] ", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_WrapsLongTitles_InsteadOfTruncating()
    {
        // "Synthetic looked after, per 10,000 "children"" is 45 characters, more than the 36 a title line holds.
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        var text = Table(card);
        Assert.DoesNotContain("..", text, StringComparison.Ordinal);
        var lines = Lines(text);
        var row = RowOf(lines, "ss-cla-rate");
        var title = World.Framework.FindIndicator("ss-cla-rate")!.Title;
        var continuation = lines.Skip(row + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).Select(l => l.Substring(4)).ToList();
        Assert.True(continuation.Count >= 2, "the long title is not wrapped");
        Assert.All(continuation, l => Assert.True(l.Length <= 36, "a title line is wider than its column: " + l));
        Assert.Equal(title, string.Join(" ", continuation));
    }

    [Fact]
    public void Table_PrintsEveryFigureToTheIndicatorsDecimalPlaces()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[2], 2025);
        var lines = Lines(Table(card));
        foreach (var i in card.Outcomes.SelectMany(o => o.Indicators))
        {
            var row = lines[RowOf(lines, i.Indicator.Id)];
            foreach (var figure in new[] { i.Value, i.England?.Value, i.Region?.Value, i.Neighbours?.Value })
            {
                if (figure is { } f)
                {
                    // Right-aligned in a 9-wide column: a space before and after (or the line's end) the rounded figure.
                    Assert.Contains(" " + Shown(f, i.Indicator.DecimalPlaces), row, StringComparison.Ordinal);
                }
            }
            // No figure in the row has more decimals than the indicator's (the score, 0-100, has 1).
            var most = Math.Max(i.Indicator.DecimalPlaces, 1);
            foreach (var token in row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
            {
                var dot = token.IndexOf('.', StringComparison.Ordinal);
                if (dot >= 0 && double.TryParse(token.TrimStart('+'), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    Assert.True(token.Length - dot - 1 <= most, i.Indicator.Id + ": " + token + " has too many decimals");
                }
            }
        }
    }

    [Fact]
    public void Table_HasALegend_ForSymbolsBandAndComparison()
    {
        var text = Table(World.Engine().Score(SyntheticWorld.LaCodes[0], 2025));
        var legend = text.Substring(text.IndexOf("\nLegend\n", StringComparison.Ordinal));
        foreach (var word in new[] { "c suppressed", "x not available", "z not applicable", "u low reliability", "Band: LAIT quartile", "vs comp.: the value against England at 95%", "Rank r/n", "Score: 0 to 100" })
        {
            Assert.Contains(word, legend, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Table_SuppressedValue_ShowsItsSymbolNotAFigure()
    {
        // ew-eet is suppressed for the fourth authority in the last year (SyntheticWorld).
        var lines = Lines(Table(World.Engine().Score(SyntheticWorld.LaCodes[3], 2025)));
        var cells = lines[RowOf(lines, "ew-eet")].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("c", cells[2]);
    }

    [Fact]
    public void League_ShowsLongNamesWhole()
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardTable.Write(World.Engine().ScoreAll(2025), null, w);
        foreach (var la in World.Areas.LocalAuthorities)
        {
            Assert.Contains(la.Name, w.ToString(), StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 200)]
    public bool Wrap_KeepsEveryWordInOrder_AndNoLineIsTooWide(NonEmptyString text, PositiveInt widthPick)
    {
        var width = 1 + (widthPick.Get % 40);
        var words = text.Get.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = ScorecardTable.Wrap(text.Get, width).ToList();
        // Cutting a word longer than the width keeps its characters in order, so the lines joined without the
        // spaces are the words joined without spaces.
        return lines.All(l => l.Length <= width && l.Length > 0)
            && string.Concat(lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal))) == string.Concat(words);
    }
}
