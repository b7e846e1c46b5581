using System;
using System.IO;
using Xunit;

namespace OutcomesFramework.Docs.Tests;

/// <summary>
/// Samples print to the console as a reader would; their tests swap Console.Out for a buffer to check what was
/// printed. Console.Out is process-wide, so those tests share a collection that runs alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture : IDisposable
{
    /// <summary>The collection of the tests that read the console.</summary>
    public const string Name = "console";

    private readonly TextWriter original = Console.Out;
    private readonly StringWriter buffer = new() { NewLine = "\n" };

    /// <summary>Initializes a new instance of the <see cref="ConsoleCapture"/> class, sending Console.Out to a buffer.</summary>
    public ConsoleCapture() => Console.SetOut(buffer);

    /// <summary>Gets what was printed so far.</summary>
    public string Text => buffer.ToString();

    /// <inheritdoc/>
    public void Dispose()
    {
        Console.SetOut(original);
        buffer.Dispose();
    }
}
