using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;

namespace OutcomesFramework.Reports.BrowserTests;

/// <summary>
/// The reports opened in headless Chromium: axe-core finds no WCAG 2.2 AA violation, no request leaves the page, the
/// stylesheet is admitted by the page's own Content-Security-Policy, every chart draws its table's numbers, and
/// screenshots are written for a person to look at.
/// </summary>
public sealed class ReportInBrowserTest : IClassFixture<ChromiumFixture>
{
    private static readonly string[] WcagTags = { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa" };

    private static readonly ConcurrentDictionary<string, string> Files = new(StringComparer.Ordinal);

    private readonly ChromiumFixture chromium;

    public ReportInBrowserTest(ChromiumFixture chromium) => this.chromium = chromium;

    /// <summary>Leeds (findings, concern level), Hackney (a London borough), the first council with suppressed figures, and the England overview.</summary>
    public static TheoryData<string> Pages() => new() { "Leeds", "Hackney", "suppressed", "england" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_WCAG_2_2_AA_violation(string name)
    {
        await using var page = await chromium.Browser.NewPageAsync();
        // The page's policy forbids every script, so axe is let in through the DevTools protocol, not the page.
        await page.SetBypassCSPAsync(true);
        await page.GoToAsync(Url(name), WaitUntilNavigation.Load);
        await page.EvaluateExpressionAsync(chromium.Axe);
        var json = await page.EvaluateExpressionAsync<string>(
            "axe.run(document, { runOnly: { type: 'tag', values: " + JsonSerializer.Serialize(WcagTags) + " }, resultTypes: ['violations'] })"
            + ".then(r => JSON.stringify(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))");
        var violations = JsonSerializer.Deserialize<string[]>(json)!;
        Assert.True(violations.Length == 0, name + ": " + string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_request_leaves_the_page_and_the_policy_admits_the_stylesheet(string name)
    {
        await using var page = await chromium.Browser.NewPageAsync();
        var url = Url(name);
        var requests = new ConcurrentBag<string>();
        var console = new ConcurrentBag<string>();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (string.Equals(e.Request.Url, url, StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
                return;
            }
            requests.Add(e.Request.Url);
            await e.Request.AbortAsync();
        };
        page.Console += (_, e) => console.Add(e.Message.Type + ": " + e.Message.Text);
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 1800 });
        await page.GoToAsync(url, WaitUntilNavigation.Load);
        Assert.Empty(requests);
        // A stylesheet refused by the policy would log a violation here and leave the page unstyled.
        Assert.Empty(console);
        var background = await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('header.masthead')).backgroundColor");
        Assert.Equal("rgb(11, 12, 12)", background);
        await page.ScreenshotAsync(Path.Combine(chromium.Screenshots, name + ".png"));
        await page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print);
        await page.ScreenshotAsync(Path.Combine(chromium.Screenshots, name + "-print.png"));
    }

    [Theory]
    [InlineData("Leeds")]
    [InlineData("Hackney")]
    [InlineData("suppressed")]
    public async Task Every_chart_draws_the_numbers_of_its_table(string name)
    {
        await using var page = await chromium.Browser.NewPageAsync();
        await page.SetBypassCSPAsync(true);
        await page.GoToAsync(Url(name), WaitUntilNavigation.Load);
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Scripts", "chart-data.js"), TestContext.Current.CancellationToken);
        using var result = JsonDocument.Parse(await page.EvaluateExpressionAsync<string>(script));
        var problems = result.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(result.RootElement.GetProperty("checked").GetInt32() > 100, "too few marks checked: " + result.RootElement.GetProperty("checked").GetInt32());
        // And a picture of one indicator, its SPC chart and the findings, for a person to look at.
        await page.SetViewportAsync(new ViewPortOptions { Width = 1100, Height = 900 });
        foreach (var (selector, suffix) in new[] { ("article.indicator", "indicator"), ("#spc article", "spc"), ("#findings", "findings") })
        {
            if (await page.QuerySelectorAsync(selector) is { } element)
            {
                await element.ScreenshotAsync(Path.Combine(chromium.Screenshots, name + "-" + suffix + ".png"));
            }
        }
    }

    [Fact]
    public async Task Headings_and_landmarks_make_the_page_navigable()
    {
        await using var page = await chromium.Browser.NewPageAsync();
        await page.GoToAsync(Url("Leeds"), WaitUntilNavigation.Load);
        var json = await page.EvaluateExpressionAsync<string>(
            "JSON.stringify({ h1: document.querySelectorAll('h1').length, banner: document.querySelectorAll('header[role=banner]').length, main: document.querySelectorAll('main').length, "
            + "nav: document.querySelectorAll('nav[aria-label]').length, footer: document.querySelectorAll('body > footer').length, "
            + "levels: [...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1]), details: document.querySelectorAll('details').length, "
            + "breaks: [...document.querySelectorAll('section.outcome')].length })");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("h1").GetInt32());
        Assert.Equal(1, root.GetProperty("banner").GetInt32());
        Assert.Equal(1, root.GetProperty("main").GetInt32());
        Assert.Equal(1, root.GetProperty("nav").GetInt32());
        Assert.Equal(1, root.GetProperty("footer").GetInt32());
        Assert.Equal(5, root.GetProperty("breaks").GetInt32());
        Assert.True(root.GetProperty("details").GetInt32() > 50);
        // No heading level is skipped on the way down.
        var levels = root.GetProperty("levels").EnumerateArray().Select(l => l.GetInt32()).ToList();
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, "h" + pair.First + " then h" + pair.Second));
    }

    private static string Url(string name) => new Uri(Files.GetOrAdd(name, Write)).AbsoluteUri;

    private static string Write(string name)
    {
        var html = name switch
        {
            "england" => HtmlReport.Render(Tests.Reports.England()),
            "suppressed" => HtmlReport.Render(Tests.Reports.Council(Tests.Reports.WithSuppressedFigures().First())),
            _ => HtmlReport.Render(Tests.Reports.Council(name)),
        };
        var dir = Path.Combine(AppContext.BaseDirectory, "reports");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".html");
        File.WriteAllText(path, html, new System.Text.UTF8Encoding(false));
        return path;
    }
}
