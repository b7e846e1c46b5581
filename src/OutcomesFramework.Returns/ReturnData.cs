using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace OutcomesFramework.Returns;

/// <summary>
/// A return as read: its tables of records, what the reader tolerated or rejected, and an account of every input's
/// rows (read = kept + rejected).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReturnData
{
    /// <summary>
    /// How many problems of one kind <see cref="Problems"/> lists (the first in reading order); the rest are counted in
    /// <see cref="ProblemCounts"/>. A thousand examples show a pattern; a million would only cost memory.
    /// </summary>
    public const int MaxListedProblemsPerKind = 1000;

    internal ReturnData(ReturnKind kind, CollectionYear year, ImmutableSortedDictionary<string, ImmutableArray<ReturnRecord>> tables,
        ImmutableArray<ReturnProblem> problems, ImmutableSortedDictionary<ReturnProblemKind, int> problemCounts, ImmutableArray<TableAccount> accounts, string? localAuthority)
    {
        Kind = kind;
        Year = year;
        Tables = tables;
        Problems = problems;
        ProblemCounts = problemCounts;
        Accounts = accounts;
        LocalAuthority = localAuthority;
    }

    /// <summary>Gets which return this is.</summary>
    public ReturnKind Kind { get; }

    /// <summary>Gets the collection year the return was read as.</summary>
    public CollectionYear Year { get; }

    /// <summary>Gets the tables by name (ordinal order), each with its records in reading order.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<ReturnRecord>> Tables { get; }

    /// <summary>
    /// Gets what the reader tolerated (flagged) or rejected, in reading order: of each kind the first
    /// <see cref="MaxListedProblemsPerKind"/>; <see cref="ProblemCounts"/> has how many there were.
    /// </summary>
    public ImmutableArray<ReturnProblem> Problems { get; }

    /// <summary>Gets how many problems of each kind the reader found, listed or not (kinds it did not find are absent).</summary>
    public ImmutableSortedDictionary<ReturnProblemKind, int> ProblemCounts { get; }

    /// <summary>Gets how many problems were found beyond those listed in <see cref="Problems"/> (0 when all are listed).</summary>
    public int OmittedProblemCount => ProblemCounts.Values.Sum() - Problems.Length;

    /// <summary>Gets the account of every input's rows.</summary>
    public ImmutableArray<TableAccount> Accounts { get; }

    /// <summary>Gets the local authority the file names (the CIN census header's LEA), or null.</summary>
    public string? LocalAuthority { get; }

    /// <summary>Gets a table's records, or an empty array when the return has none.</summary>
    /// <param name="name">The table's name (for example Episodes).</param>
    /// <returns>The records.</returns>
    public ImmutableArray<ReturnRecord> Table(string name) => Tables.TryGetValue(name, out var t) ? t : ImmutableArray<ReturnRecord>.Empty;

    /// <summary>Gets the number of records kept, over all tables.</summary>
    public int RecordCount => Tables.Values.Sum(t => t.Length);

    internal static ReturnData Build(ReturnKind kind, CollectionYear year, Dictionary<string, List<ReturnRecord>> tables,
        List<ReturnProblem> problems, Dictionary<ReturnProblemKind, int> problemCounts, List<TableAccount> accounts, string? la)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<ReturnRecord>>(StringComparer.Ordinal);
        foreach (var pair in tables)
        {
            builder[pair.Key] = pair.Value.ToImmutableArray();
        }
        return new ReturnData(kind, year, builder.ToImmutable(), problems.ToImmutableArray(), problemCounts.ToImmutableSortedDictionary(), accounts.ToImmutableArray(), la);
    }
}
