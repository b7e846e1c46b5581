using System;
using System.IO;
using System.Linq;
using OutcomesFramework.Returns.Ssda903;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Readers;

/// <summary>
/// The 903 reader's year-versioned schema against liia-tools' schema for each collection year 2017 to 2024
/// (Fixtures/ssda903/liia_tools_schema_columns.csv): the same tables in each year with the same columns. Between
/// those years no column was added to or dropped from a table; the one change is the social worker table from 2024.
/// </summary>
public sealed class Ssda903SchemaYearsTest
{
    [Fact]
    public void EachYearsTablesAndColumnsAreLiiaToolsOnes()
    {
        var rows = File.ReadAllLines(TestData.Fixture("ssda903/liia_tools_schema_columns.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Select(f => (Year: int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), Table: f[1] == "SocialWorker" ? Ssda903Schema.SWEpisodes : f[1], Columns: f[2].Split(' ')))
            .ToList();
        Assert.Equal(Enumerable.Range(2017, 8), rows.Select(r => r.Year).Distinct());
        foreach (var year in rows.Select(r => r.Year).Distinct())
        {
            var collection = new CollectionYear(year);
            var theirs = rows.Where(r => r.Year == year).ToDictionary(r => r.Table, r => r.Columns.OrderBy(c => c, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            var ours = Ssda903Schema.All.Where(t => t.In(collection))
                .ToDictionary(t => t.Name, t => t.Fields.Where(f => f.In(collection)).Select(f => f.Name).OrderBy(c => c, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            Assert.Equal(theirs.Keys.OrderBy(k => k, StringComparer.Ordinal), ours.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var table in theirs.Keys)
            {
                Assert.True(theirs[table].SequenceEqual(ours[table]), year + " " + table + ": liia-tools has " + string.Join(" ", theirs[table]) + "; the reader has " + string.Join(" ", ours[table]));
            }
        }
        // The social worker table is the one change: absent in 2023, present from 2024.
        Assert.DoesNotContain(rows, r => r.Year == 2023 && r.Table == Ssda903Schema.SWEpisodes);
        Assert.Contains(rows, r => r.Year == 2024 && r.Table == Ssda903Schema.SWEpisodes);
    }
}
