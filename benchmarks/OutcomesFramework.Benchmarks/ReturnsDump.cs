using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Returns;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Scoring;
using OutcomesFramework.Returns.Validation;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// Writes everything a workload's read, validation and derivation produce (every record with its location, values
/// and dates; problems; accounts; the validation CSVs; the derived indicators with the children they counted) to
/// files, so a change meant only to be faster can be shown to change nothing: dump before and after, compare bytes.
/// </summary>
internal static class ReturnsDump
{
    public static void Write(string directory, string output)
    {
        Directory.CreateDirectory(output);
        var work = ReturnsWorkload.Open(directory);
        // Read and validated side by side, as ReadValidateDerive and `outcomes returns validate` do.
        var both = work.ReadAndValidate();
        var (ssda, cin) = (both.Ssda903!, both.Cin!);
        Records(ssda, Path.Combine(output, "records-903.txt"));
        Records(cin, Path.Combine(output, "records-cin.txt"));
        File.WriteAllText(Path.Combine(output, "validation-903.csv"), both.Ssda903Report!.ToCsv());
        File.WriteAllText(Path.Combine(output, "validation-cin.csv"), both.CinReport!.ToCsv());
        var derived = ReturnsDeriver.Derive(ssda, cin, new DerivationOptions(1_000_000));
        File.WriteAllText(Path.Combine(output, "derived.csv"), DerivedObservations.ToCsv(DerivedObservations.ToObservations(derived, "E09999999")));
        using var counted = new StreamWriter(Path.Combine(output, "derived-children.txt"), false, new UTF8Encoding(false));
        foreach (var indicator in derived.Indicators)
        {
            counted.WriteLine(indicator.ToString());
            foreach (var note in indicator.Notes)
            {
                counted.WriteLine("  note " + note);
            }
            var children = derived.ChildLevel(indicator.Id);
            counted.WriteLine("  numerator " + string.Join(",", children.Numerator));
            counted.WriteLine("  denominator " + string.Join(",", children.Denominator));
        }
    }

    private static void Records(ReturnData data, string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine(data.Kind + " " + data.Year + " LA " + data.LocalAuthority);
        foreach (var (name, records) in data.Tables)
        {
            foreach (var r in records)
            {
                var line = new StringBuilder();
                line.Append(name).Append(' ').Append(r.Table).Append(' ').Append(r.Row.ToString(CultureInfo.InvariantCulture)).Append(" child=").Append(r.ChildId)
                    .Append(" at=").Append(r.Location.ToString()).Append(" line=").Append(r.Location.Line?.ToString(CultureInfo.InvariantCulture)).Append(" path=").Append(r.Location.XmlPath);
                foreach (var f in r.Fields)
                {
                    line.Append(" | ").Append(f).Append('=').Append(r[f] ?? "<null>").Append(" d=").Append(r.GetDate(f)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
                }
                w.WriteLine(line.ToString());
            }
        }
        foreach (var p in data.Problems)
        {
            w.WriteLine("problem " + p.Kind + " rejects=" + p.RejectsRecord + " " + p);
        }
        foreach (var a in data.Accounts)
        {
            w.WriteLine("account " + a);
        }
        w.WriteLine("records " + data.RecordCount.ToString(CultureInfo.InvariantCulture) + " tables " + string.Join(",", data.Tables.Keys.Select(k => k)));
    }
}
