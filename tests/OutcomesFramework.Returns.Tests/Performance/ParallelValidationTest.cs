using System.Linq;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Tests.Synthetic;
using OutcomesFramework.Returns.Validation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Performance;

/// <summary>
/// The validator runs the rules in parallel and the deriver derives the two returns side by side: the results must
/// be what running one rule (or one return) at a time gives, in the same order, every time.
/// </summary>
public sealed class ParallelValidationTest
{
    private const int Year = 2025;

    [Fact]
    public void TheFullReportIsEachRuleRunAloneInRuleOrder()
    {
        foreach (var data in new[] { Cin(), Ssda903() })
        {
            var rules = ValidationRuleSet.For(data.Kind, data.Year);
            // One rule at a time: nothing runs beside it, so this is the sequential report.
            var expected = "rule,severity,table,row,source,line,xml_path,child,fields,message\n" + string.Concat(
                rules.Rules.Select(r => ReturnValidator.Validate(data, rules.Only(new[] { r.Code })).ToCsv().Split('\n', 2)[1]));
            for (var run = 0; run < 3; run++)
            {
                Assert.Equal(expected, ReturnValidator.Validate(data, rules).ToCsv());
            }
            // The synthetic returns fail some rules and pass others: the comparison is not of two empty reports.
            Assert.True(ReturnValidator.Validate(data).Failures.Select(f => f.RuleCode).Distinct().Count() > 1);
        }
    }

    [Fact]
    public void DerivingBothReturnsIsDerivingEachAlone()
    {
        var cin = Cin();
        var ssda = Ssda903();
        var options = new DerivationOptions(100_000);
        var alone = ReturnsDeriver.Derive(ssda, null, options).Indicators.Concat(ReturnsDeriver.Derive(null, cin, options).Indicators).Select(i => i.Id + " " + i).ToList();
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(alone, ReturnsDeriver.Derive(ssda, cin, options).Indicators.Select(i => i.Id + " " + i));
        }
    }

    private static ReturnData Cin() => TestData.CinXml(Year, SyntheticReturns.CinXml(11, 3_000, 3_600, Year));

    private static ReturnData Ssda903()
    {
        var tables = SyntheticReturns.Ssda903(12, 2_000, Year);
        return TestData.Csv903(Year, tables.Select(t =>
        {
            var w = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            SyntheticReturns.WriteCsv(w, t.Key, t.Value);
            return (t.Key.ToLowerInvariant() + ".csv", w.ToString());
        }).ToArray());
    }
}
