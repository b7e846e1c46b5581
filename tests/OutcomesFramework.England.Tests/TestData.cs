using System;
using System.IO;
using OutcomesFramework.England.Internal;

namespace OutcomesFramework.England.Tests;

/// <summary>Paths and readers for the fixtures copied to the test output.</summary>
internal static class TestData
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string EesDirectory => Path.Combine(AppContext.BaseDirectory, "Ees");

    public static CsvTable ReadFixture(string name) => CsvTable.Parse(name, File.ReadAllText(Fixture(name)));
}
