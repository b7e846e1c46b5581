using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OutcomesFramework.Reports.Templates;
using OutcomesFramework.Reports.Model;

namespace OutcomesFramework.Reports;

/// <summary>
/// Renders reports as one self-contained HTML file each: inline CSS and SVG, no script, no request of any kind (a
/// strict Content-Security-Policy says so), readable on a council laptop offline or printed for a committee.
/// </summary>
/// <remarks>
/// The templates are Razor components rendered by ASP.NET Core's <c>HtmlRenderer</c>, with every number formatted in
/// the invariant culture: the same input gives a byte-identical file whatever the culture, thread or day.
/// </remarks>
/// <threadsafety>The methods are thread-safe; each call renders on its own renderer.</threadsafety>
public static class HtmlReport
{
    /// <summary>The media type of what <see cref="Render(CouncilReport)"/> returns.</summary>
    public const string MediaType = "text/html; charset=utf-8";

    private static readonly Lazy<IServiceProvider> Services = new(() => new ServiceCollection().BuildServiceProvider());

    private static readonly Lazy<(string Css, string Policy)> Style = new(LoadStyle);

    /// <summary>Renders one council's report.</summary>
    /// <param name="report">The report's input.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(CouncilReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = CouncilPageBuilder.Build(report);
        return Document(page.DocumentTitle, report.Provenance, CouncilPageView.Render(page));
    }

    /// <summary>Renders the all-council overview.</summary>
    /// <param name="report">The overview's input.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(EnglandReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = EnglandPageBuilder.Build(report);
        return Document(page.DocumentTitle, report.Provenance, EnglandPageView.Render(page));
    }

    /// <summary>Writes one council's report to a stream as UTF-8 without a byte order mark.</summary>
    /// <param name="report">The report's input.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CouncilReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Utf8.GetBytes(Render(report));
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes the all-council overview to a stream as UTF-8 without a byte order mark.</summary>
    /// <param name="report">The overview's input.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(EnglandReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Utf8.GetBytes(Render(report));
        stream.Write(bytes, 0, bytes.Length);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The stylesheet and the Content-Security-Policy that admits it (by its SHA-256) and nothing else.</summary>
    internal static (string Css, string Policy) Stylesheet => Style.Value;

    private static string Document(string title, ReportProvenance provenance, RenderFragment body)
    {
        var (css, policy) = Style.Value;
        var shell = new ShellModel(title, policy, "OutcomesFramework " + provenance.ToolVersion, css, body);
        return RenderFragment(Shell.Render(shell));
    }

    /// <summary>Renders the document into one buffer: the doctype, the page, a final newline, without copying the page again.</summary>
    private static string RenderFragment(RenderFragment fragment)
    {
        using var renderer = new HtmlRenderer(Services.Value, NullLoggerFactory.Instance);
        // The renderer runs on its own dispatcher; nothing here awaits real I/O, so waiting is safe and quick.
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(CascadingValue<object>.Value)] = string.Empty,
                [nameof(CascadingValue<object>.IsFixed)] = true,
                [nameof(CascadingValue<object>.ChildContent)] = fragment,
            });
            var output = await renderer.RenderComponentAsync<CascadingValue<string>>(parameters).ConfigureAwait(false);
            // A council's page is about 2 million characters: start the buffer near that so it grows in few steps.
            using var writer = new StringWriter(new StringBuilder(1 << 20), CultureInfo.InvariantCulture);
            writer.Write("<!DOCTYPE html>\n");
            output.WriteHtmlTo(writer);
            writer.Write('\n');
            return writer.ToString();
        }).GetAwaiter().GetResult();
    }

    private static (string Css, string Policy) LoadStyle()
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("OutcomesFramework.Reports.report.css")
            ?? throw new InvalidOperationException("The report stylesheet is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Normalise line ends so the hash (and the file) is the same whichever way git checked the stylesheet out.
        var css = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        var policy = "default-src 'none'; style-src 'sha256-" + hash + "'; img-src 'none'; font-src 'none'; connect-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
        return (css, policy);
    }
}
