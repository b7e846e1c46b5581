using Microsoft.AspNetCore.Components;

namespace OutcomesFramework.Reports.Model;

/// <summary>The document's title, policy, generator, stylesheet and body.</summary>
internal sealed record ShellModel(string Title, string ContentSecurityPolicy, string Generator, string Css, RenderFragment Body);
