using System;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.England;
using Xunit;
using static OutcomesFramework.Cli.Tests.AssureCommandTest;

namespace OutcomesFramework.Cli.Tests;

public sealed class SpcCommandTest
{
    [Fact]
    public void Table_ShowsEveryPeriodWithItsPublishedValue()
    {
        var (code, output, error) = Run("spc", "--la", "Hartlepool", "--indicator", "rereferrals");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        Assert.StartsWith("Hartlepool (805, E06000001): Referrals to children's social care within 12 months of a previous referral (rereferrals), lower is better. XmR chart, NHSRplotthedots 0.2.2.", lines[0], StringComparison.Ordinal);
        var series = EnglandData.Default.Observations.Series("rereferrals", "E06000001");
        // The table prints each figure to the indicator's decimal places (issue 11), as published.
        var dps = EnglandData.Default.Framework.FindIndicator("rereferrals")!.DecimalPlaces;
        foreach (var o in series.Where(o => o.HasValue))
        {
            var shown = o.Value!.Value.ToString("F" + dps.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(lines, l => l.StartsWith(o.Period.ToString(), StringComparison.Ordinal) && l.Contains(" " + shown + " ", StringComparison.Ordinal));
        }
        Assert.Contains(lines, l => l.StartsWith("Variation icon: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_IsValidAndHasOnePointPerPeriodAndTheIcons()
    {
        var (code, output, _) = Run("spc", "--la", "E06000001", "--indicator", "rereferrals", "--format", "json", "--profile", "nhse");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("NHS England 2024", root.GetProperty("profile").GetString());
        var series = EnglandData.Default.Observations.Series("rereferrals", "E06000001");
        var first = series.First(o => o.HasValue).Period;
        var last = series[^1].Period;
        Assert.Equal(last.EndYear - first.EndYear + 1, root.GetProperty("points").GetArrayLength());
        Assert.True(root.TryGetProperty("variationIcon", out _));
        Assert.True(root.TryGetProperty("assuranceIcon", out _));
        // NHS England shows limits from 13 points; fewer points give a run chart and say so.
        if (!root.GetProperty("limitsShown").GetBoolean())
        {
            Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("fewer than the 13", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void UnknownIndicator_IsAUserErrorListingTheIndicators()
    {
        var (code, output, error) = Run("spc", "--la", "Hartlepool", "--indicator", "nope");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("unknown indicator 'nope'", error, StringComparison.Ordinal);
        Assert.Contains("rereferrals", error, StringComparison.Ordinal);
    }
}
