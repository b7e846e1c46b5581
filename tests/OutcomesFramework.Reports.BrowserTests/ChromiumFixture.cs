using System;
using System.IO;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;

namespace OutcomesFramework.Reports.BrowserTests;

/// <summary>
/// One headless Chromium for the test run: Debian's (or the one <c>OUTCOMES_CHROMIUM</c> names), with a fresh profile
/// and every background service that could reach the network turned off. A missing browser or axe-core fails the
/// tests with the command that installs them: the browser tests never skip.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private readonly string profile = Path.Combine(Path.GetTempPath(), "outcomes-chromium-" + Guid.NewGuid().ToString("N"));

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Gets axe-core's source, to inject into pages.</summary>
    public string Axe { get; private set; } = null!;

    /// <summary>Gets the folder the screenshots are written to.</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("OUTCOMES_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException("Chromium not found at " + executable + ": run .ci/install-browser-test-deps (or set OUTCOMES_CHROMIUM).");
        }
        var axe = Path.Combine(RepositoryRoot(), "tests", "OutcomesFramework.Reports.BrowserTests", "axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
        {
            throw new InvalidOperationException("axe-core not found at " + axe + ": run .ci/install-browser-test-deps.");
        }
        Axe = await File.ReadAllTextAsync(axe);
        Directory.CreateDirectory(Screenshots);
        Directory.CreateDirectory(profile);
        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = profile,
            ProtocolTimeout = 300_000,
            Args = new[]
            {
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            Browser.Dispose();
        }
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temporary folder is then left for the OS.
        }
    }

    /// <summary>The repository's root: the folder above the test binaries that holds the solution.</summary>
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutcomesFramework.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (with OutcomesFramework.sln) is not above " + AppContext.BaseDirectory + ".");
    }
}
