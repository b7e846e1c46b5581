using System;

namespace OutcomesFramework.Assurance;

/// <summary>The rule sets shipped with the library as embedded JSON, read through <see cref="RuleSetJson"/> like a council's own.</summary>
public static class DefaultRuleSets
{
    /// <summary>The resource name of the England rule set.</summary>
    private const string EnglandResource = "OutcomesFramework.Assurance.Defaults.ecm-england-assurance.json";

    private static readonly Lazy<RuleSet> EnglandSet = new(() => Load(EnglandResource));

    /// <summary>
    /// Gets the default England rule set (<c>ecm-england-assurance</c>, version 2025.1) for the <c>ecm-england</c>
    /// framework of the England data package: single signals (significantly worse than England, bottom quartile, worse
    /// than the statistical neighbours, deterioration, SPC concern and assurance, data quality) are information;
    /// baskets of signals across outcomes, workforce pressure, Ofsted context and a new Director raise the level.
    /// Designed from the research, not tuned to Ofsted's judgements (docs/assurance.md, docs/assurance-evaluation.md).
    /// </summary>
    /// <remarks>Read without a framework; the <see cref="AssuranceEngine"/> checks it against the framework it is run with.</remarks>
    public static RuleSet England => EnglandSet.Value;

    private static RuleSet Load(string name)
    {
        using var stream = typeof(DefaultRuleSets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The library is missing its embedded resource '" + name + "'.");
        return RuleSetJson.Read(stream, null, null, name);
    }
}
