using System;
using System.IO;

namespace OutcomesFramework.Docs.Tests;

/// <summary>
/// The repository the tests were built from: the docs and the sample files are read where people edit them (and, with
/// OUTCOMES_UPDATE_DOCS=1, written there), not from copies that could differ.
/// </summary>
internal static class SourceTree
{
    private static readonly Lazy<string> RootValue = new(FindRoot);

    /// <summary>Gets the directory that holds OutcomesFramework.sln.</summary>
    public static string Root => RootValue.Value;

    /// <summary>Gets the directory of this project's sample files.</summary>
    public static string SamplesDirectory => Path.Combine(Root, "tests", "OutcomesFramework.Docs.Tests", "Samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutcomesFramework.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OutcomesFramework.sln not found above " + AppContext.BaseDirectory + ": the docs tests run from the source tree.");
    }
}
