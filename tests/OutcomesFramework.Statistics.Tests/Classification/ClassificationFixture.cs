using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace OutcomesFramework.Statistics.Tests.Classification;

/// <summary>Reads the pinned R reference files in Fixtures/classification (made once by make-fixtures.R there).</summary>
internal static class ClassificationFixture
{
    public static (bool[] Outcomes, double[][] Columns, string[] Names) Data(string file)
    {
        var lines = Lines(file);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var outcomes = rows.Select(r => r[0] == "1").ToArray();
        var columns = Enumerable.Range(1, header.Length - 1).Select(c => rows.Select(r => Number(r[c])).ToArray()).ToArray();
        return (outcomes, columns, header.Skip(1).ToArray());
    }

    public static Dictionary<string, double> Expected(string file) =>
        Lines(file).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => Number(p[1]), StringComparer.Ordinal);

    private static List<string> Lines(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "classification", file)).Where(l => l.Length > 0).ToList();

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
