using System;
using System.IO;
using Xunit;

namespace OutcomesFramework.Tests.Serialization;

/// <summary>The hand-written fixture framework and helpers to edit it and find lines in it.</summary>
internal static class FrameworkJsonText
{
    /// <summary>Gets the text of Fixtures/Serialization/small-framework.json (a valid framework, LF line endings).</summary>
    public static string Small { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Serialization", "small-framework.json")).Replace("\r\n", "\n");

    /// <summary>Returns <paramref name="text"/> with the one occurrence of <paramref name="old"/> replaced.</summary>
    public static string ReplaceOnce(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, "Fixture text not found: " + old);
        Assert.True(text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, "Fixture text is not unique: " + old);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    /// <summary>Returns the 1-based line of the one occurrence of <paramref name="snippet"/> (counting line feeds before it).</summary>
    public static long LineOf(string text, string snippet)
    {
        var at = text.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(at >= 0, "Text not found: " + snippet);
        Assert.True(text.IndexOf(snippet, at + 1, StringComparison.Ordinal) < 0, "Text is not unique: " + snippet);
        var line = 1L;
        for (var i = 0; i < at; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }
}
