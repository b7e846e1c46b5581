using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// Reports what happened to every row of the council's own files: the accounting (read = used + filtered + rejected)
/// for each file, then every problem up to a cap, so that a bad row cannot pass unseen behind a zero exit code.
/// </summary>
internal static class RejectionReport
{
    /// <summary>The most problems listed; the rest are counted ("and N more"), so that a huge bad file cannot flood the terminal.</summary>
    public const int Cap = 100;

    /// <summary>Writes the accounting and the problems on <paramref name="error"/>.</summary>
    /// <param name="files">The file reports of the read.</param>
    /// <param name="error">Where notes go.</param>
    /// <returns>The number of problems found (0 when every row was clean).</returns>
    public static int Write(IEnumerable<EesFileReport> files, TextWriter error)
    {
        var ic = CultureInfo.InvariantCulture;
        var listed = 0;
        var total = 0;
        foreach (var file in files)
        {
            error.WriteLine(string.Format(ic, "outcomes: {0}: {1} rows read = {2} used + {3} filtered + {4} rejected; {5} problem{6}.",
                file.FileName, file.RowsRead, file.RowsUsed, file.RowsFiltered, file.RowsRejected, file.Rejections.Length, file.Rejections.Length == 1 ? string.Empty : "s"));
            foreach (var rejection in file.Rejections)
            {
                total++;
                if (listed < Cap)
                {
                    error.WriteLine("  rejected: " + rejection);
                    listed++;
                }
            }
        }
        if (total > listed)
        {
            error.WriteLine(string.Format(ic, "  ... and {0} more problems (only the first {1} are listed).", total - listed, Cap));
        }
        return total;
    }
}
