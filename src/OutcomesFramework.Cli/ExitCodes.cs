namespace OutcomesFramework.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong that is not the user's fault.</summary>
    public const int InternalError = 1;

    /// <summary>The user asked for something that cannot be done: bad arguments, unknown council, period without data, unreadable or invalid input.</summary>
    public const int UserError = 2;
}
