using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The other document formats on the one strict JSON kernel: the England assurance rule set and the Children Act
/// 2004 accountability map, read and written, against a bare <see cref="JsonDocument"/> parse of the same bytes.
/// </summary>
[MemoryDiagnoser]
public class DocumentJsonBenchmarks
{
    private RuleSet ruleSet = null!;
    private byte[] ruleSetJson = null!;
    private AccountabilityMap map = null!;
    private byte[] mapJson = null!;

    /// <summary>Writes both documents once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        ruleSet = EnglandData.Default.RuleSet;
        ruleSetJson = RuleSetJson.ToUtf8Bytes(ruleSet);
        map = DefaultAccountabilityMaps.ChildrenAct2004;
        mapJson = Encoding.UTF8.GetBytes(AccountabilityMapJson.ToJson(map));
    }

    /// <summary>Parses the rule-set bytes with <see cref="JsonDocument"/> only.</summary>
    [Benchmark(Baseline = true)]
    public int RuleSetJsonDocumentParse()
    {
        using var doc = JsonDocument.Parse(ruleSetJson);
        return doc.RootElement.GetArrayLength();
    }

    /// <summary>Reads the rule set strictly.</summary>
    [Benchmark]
    public RuleSet RuleSetRead() => RuleSetJson.Read(ruleSetJson);

    /// <summary>Writes the rule set.</summary>
    [Benchmark]
    public byte[] RuleSetWrite() => RuleSetJson.ToUtf8Bytes(ruleSet);

    /// <summary>Reads the accountability map strictly.</summary>
    [Benchmark]
    public AccountabilityMap MapRead() => AccountabilityMapJson.Read(mapJson);

    /// <summary>Writes the accountability map.</summary>
    [Benchmark]
    public string MapWrite() => AccountabilityMapJson.ToJson(map);
}
