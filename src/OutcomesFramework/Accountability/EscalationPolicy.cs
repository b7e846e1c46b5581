using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// How far up the "reports to" lines a finding of each severity escalates from its accountable role, and which roles a
/// serious finding always reaches.
/// </summary>
/// <remarks>
/// <see cref="Default"/>: Information and Advisory findings stay with the roles assigned; a Concern goes one step up;
/// a Serious finding goes to the top of the reporting lines and always reaches the Chief Executive and the Lead Member.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EscalationPolicy
{
    /// <summary>The step count that means "to the top of the reporting lines".</summary>
    public const int ToTheTop = int.MaxValue;

    private readonly int[] steps;

    /// <summary>Creates a policy.</summary>
    /// <param name="informationSteps">Steps up the reporting lines for an Information finding.</param>
    /// <param name="advisorySteps">Steps for an Advisory finding.</param>
    /// <param name="concernSteps">Steps for a Concern.</param>
    /// <param name="seriousSteps">Steps for a Serious finding (<see cref="ToTheTop"/> for all the way).</param>
    /// <param name="seriousAlwaysReaches">Kinds of role a Serious finding reaches whether or not the reporting lines lead there.</param>
    /// <exception cref="ArgumentOutOfRangeException">A step count is negative.</exception>
    /// <exception cref="ArgumentException">A more severe finding would escalate fewer steps than a less severe one, or a kind is not defined.</exception>
    public EscalationPolicy(int informationSteps, int advisorySteps, int concernSteps, int seriousSteps, IEnumerable<RoleKind>? seriousAlwaysReaches = null)
    {
        steps = new[]
        {
            Preconditions.CheckArgumentRange(nameof(informationSteps), informationSteps, 0, ToTheTop),
            Preconditions.CheckArgumentRange(nameof(advisorySteps), advisorySteps, 0, ToTheTop),
            Preconditions.CheckArgumentRange(nameof(concernSteps), concernSteps, 0, ToTheTop),
            Preconditions.CheckArgumentRange(nameof(seriousSteps), seriousSteps, 0, ToTheTop),
        };
        for (var i = 1; i < steps.Length; i++)
        {
            Preconditions.CheckArgument(steps[i] >= steps[i - 1], nameof(seriousSteps), "A more severe finding escalates at least as far as a less severe one.");
        }
        SeriousAlwaysReaches = (seriousAlwaysReaches ?? Enumerable.Empty<RoleKind>()).Distinct().ToImmutableArray();
        foreach (var kind in SeriousAlwaysReaches)
        {
            Preconditions.CheckArgument(Enum.IsDefined(typeof(RoleKind), kind), nameof(seriousAlwaysReaches), "Unknown role kind {0}.", kind);
        }
    }

    /// <summary>Gets the default policy: 0, 0, 1 and all the way up; Serious always reaches the Chief Executive and the Lead Member.</summary>
    public static EscalationPolicy Default { get; } =
        new(0, 0, 1, ToTheTop, new[] { RoleKind.ChiefExecutive, RoleKind.LeadMemberForChildrensServices });

    /// <summary>Gets the kinds of role a Serious finding always reaches.</summary>
    public ImmutableArray<RoleKind> SeriousAlwaysReaches { get; }

    /// <summary>Returns how many steps up the reporting lines a finding of this severity escalates.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The number of steps; <see cref="ToTheTop"/> for all the way.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The severity is not defined.</exception>
    public int StepsFor(Severity severity) => steps[Preconditions.CheckArgumentRange(nameof(severity), (int)severity, 0, steps.Length - 1)];

    /// <summary>Describes the rule for a severity in words, for explanations.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>For example "a Concern finding escalates 1 step up the reporting lines".</returns>
    public string Describe(Severity severity)
    {
        var n = StepsFor(severity);
        var what = (severity == Severity.Information || severity == Severity.Advisory ? "an " : "a ") + severity + " finding";
        return n == ToTheTop ? what + " escalates to the top of the reporting lines"
            : what + " escalates " + n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " step" : " steps") + " up the reporting lines";
    }
}
