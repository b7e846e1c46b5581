using System;
using System.Collections.Immutable;

namespace OutcomesFramework.Outcomes;

/// <summary>
/// The five outcomes of Children Act 2004 s.10(2) with their aims, worded as DfES (2004) <i>Every Child
/// Matters: Change for Children</i>, p9, reproduced in HC 40 2004-05 Appendix A. Variants from HC 40 Annex A
/// are kept as aliases.
/// </summary>
public static class EveryChildMatters
{
    /// <summary>The id of <i>Be healthy</i>.</summary>
    public const string BeHealthyId = "BH";

    /// <summary>The id of <i>Stay safe</i>.</summary>
    public const string StaySafeId = "SS";

    /// <summary>The id of <i>Enjoy and achieve</i>.</summary>
    public const string EnjoyAndAchieveId = "EA";

    /// <summary>The id of <i>Make a positive contribution</i>.</summary>
    public const string MakeAPositiveContributionId = "PC";

    /// <summary>The id of <i>Achieve economic well-being</i>.</summary>
    public const string AchieveEconomicWellBeingId = "EW";

    /// <summary>The statutory outcome ids in the order of s.10(2)(a)–(e).</summary>
    public static ImmutableArray<string> OutcomeIds { get; } =
        ImmutableArray.Create(BeHealthyId, StaySafeId, EnjoyAndAchieveId, MakeAPositiveContributionId, AchieveEconomicWellBeingId);

    /// <summary>Gets <i>Be healthy</i>: s.10(2)(a) physical and mental health and emotional well-being.</summary>
    public static Outcome BeHealthy { get; } = Create(BeHealthyId, "Be healthy", "(a) physical and mental health and emotional well-being",
        ("Physically healthy", null),
        ("Mentally and emotionally healthy", null),
        ("Sexually healthy", null),
        ("Healthy lifestyles", "Living healthy lifestyles"),
        ("Choose not to take illegal drugs", null),
        ("Parents, carers and families promote healthy choices", "Parents, carers and families promote healthy lifestyles"));

    /// <summary>Gets <i>Stay safe</i>: s.10(2)(b) protection from harm and neglect.</summary>
    public static Outcome StaySafe { get; } = Create(StaySafeId, "Stay safe", "(b) protection from harm and neglect",
        ("Safe from maltreatment, neglect, violence and sexual exploitation", null),
        ("Safe from accidental injury and death", null),
        ("Safe from bullying and discrimination", null),
        ("Safe from crime and anti-social behaviour in and out of school", null),
        ("Have security, stability and are cared for", null),
        ("Parents, carers and families provide safe homes and stability", null));

    /// <summary>Gets <i>Enjoy and achieve</i>: s.10(2)(c) education, training and recreation.</summary>
    public static Outcome EnjoyAndAchieve { get; } = Create(EnjoyAndAchieveId, "Enjoy and achieve", "(c) education, training and recreation",
        ("Ready for school", null),
        ("Attend and enjoy school", null),
        ("Achieve stretching national educational standards at primary school", null),
        ("Achieve personal and social development and enjoy recreation", null),
        ("Achieve stretching national educational standards at secondary school", null),
        ("Parents, carers and families support learning", null));

    /// <summary>Gets <i>Make a positive contribution</i>: s.10(2)(d) the contribution made by them to society.</summary>
    public static Outcome MakeAPositiveContribution { get; } = Create(MakeAPositiveContributionId, "Make a positive contribution", "(d) the contribution made by them to society",
        ("Engage in decision-making and support the community and environment", null),
        ("Engage in law-abiding and positive behaviour in and out of school", null),
        ("Develop positive relationships and choose not to bully and discriminate", null),
        ("Develop self-confidence and successfully deal with significant life changes and challenges", null),
        ("Develop enterprising behaviour", null),
        ("Parents, carers and families promote positive behaviour", null));

    /// <summary>Gets <i>Achieve economic well-being</i>: s.10(2)(e) social and economic well-being.</summary>
    public static Outcome AchieveEconomicWellBeing { get; } = Create(AchieveEconomicWellBeingId, "Achieve economic well-being", "(e) social and economic well-being",
        ("Engage in further education, employment or training on leaving school", null),
        ("Ready for employment", null),
        ("Live in decent homes and sustainable communities", null),
        ("Access to transport and material goods", null),
        ("Live in households free from low income", null),
        ("Parents, carers and families are supported to be economically active", null));

    /// <summary>Gets the five outcomes in the order of s.10(2)(a)–(e).</summary>
    public static ImmutableArray<Outcome> Outcomes { get; } =
        ImmutableArray.Create(BeHealthy, StaySafe, EnjoyAndAchieve, MakeAPositiveContribution, AchieveEconomicWellBeing);

    /// <summary>Returns whether <paramref name="id"/> is one of the five statutory outcome ids (ordinal).</summary>
    /// <param name="id">The id to test.</param>
    /// <returns>True for <c>BH</c>, <c>SS</c>, <c>EA</c>, <c>PC</c> and <c>EW</c>.</returns>
    public static bool IsStatutoryOutcomeId(string? id) => id is not null && OutcomeIds.IndexOf(id, StringComparer.Ordinal) >= 0;

    private static Outcome Create(string id, string name, string purpose, params (string Text, string? Alias)[] aims)
    {
        var built = ImmutableArray.CreateBuilder<Aim>(aims.Length);
        for (var i = 0; i < aims.Length; i++)
        {
            var (text, alias) = aims[i];
            built.Add(new Aim(
                id + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                id,
                text,
                isParentsCarersFamilies: i == aims.Length - 1,
                aliases: alias is null ? null : new[] { alias }));
        }
        return new Outcome(id, name, purpose, built.MoveToImmutable());
    }
}
