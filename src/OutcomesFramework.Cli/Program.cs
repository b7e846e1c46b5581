namespace OutcomesFramework.Cli;

/// <summary>The <c>outcomes</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>0 on success, 2 on a user error, 1 on an internal error.</returns>
    public static int Main(string[] args) => args.Length == 0 ? 0 : 2;
}
