namespace OutcomesFramework.Tests;

/// <summary>
/// How much the heaviest tests try. In the mutation-testing twin (mutation/twins, which defines MUTATION_TWIN) Stryker
/// runs every test that covers a mutant once for each such mutant, and a few slow tests (the scoring property tests,
/// the overlay problem cap) cover nearly all of the Scoring namespace: at full size they make a Scoring run last many
/// hours. There they try a fifth as many cases (<c>MaxTest = 100 / MutationTwin.Divisor</c>); a mutant those cases miss
/// still meets the other tests that cover it, and what the twin kills is what the score counts. The real test projects
/// (README, .ci/run) always run at full size.
/// </summary>
internal static class MutationTwin
{
#if MUTATION_TWIN
    /// <summary>The heavy tests' sizes are divided by this in the mutation twin.</summary>
    public const int Divisor = 5;
#else
    /// <summary>The heavy tests' sizes are divided by this: 1 outside the mutation twin.</summary>
    public const int Divisor = 1;
#endif
}
