using System;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Ssda903;

namespace OutcomesFramework.Returns;

/// <summary>
/// Reads a council's SSDA903 return and CIN census for one collection year side by side: the 903 on a second thread
/// while the census is read on the caller's, each exactly as <see cref="Ssda903Reader.ReadDirectory"/> and
/// <see cref="CinCensusReader.ReadFile"/> read it alone.
/// </summary>
/// <remarks>
/// The two readers share nothing, so what each returns does not depend on the other or on the number of threads.
/// Errors are those of reading one after the other, 903 first: when the 903 cannot be read its exception is thrown
/// (and the census read is stopped), whatever became of the census; otherwise the census's is.
/// </remarks>
public static class ReturnsReader
{
    /// <summary>Reads the SSDA903 directory and the CIN census file that are given, side by side when both are.</summary>
    /// <param name="year">The collection year.</param>
    /// <param name="ssda903Directory">A directory of SSDA903 CSV tables and/or 903 XML files (see <see cref="Ssda903Reader.ReadDirectory"/>), or null.</param>
    /// <param name="cinFile">A CIN census XML file (see <see cref="CinCensusReader.ReadFile"/>), or null.</param>
    /// <returns>The returns read (null where not given).</returns>
    /// <exception cref="ArgumentException">Neither is given, or one is blank.</exception>
    /// <exception cref="DirectoryNotFoundException">The 903 directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">The census file does not exist.</exception>
    /// <exception cref="ReturnFormatException">A return cannot be read.</exception>
    public static (ReturnData? Ssda903, ReturnData? Cin) ReadBoth(CollectionYear year, string? ssda903Directory, string? cinFile)
    {
        if (ssda903Directory is null && cinFile is null)
        {
            throw new ArgumentException("Give an SSDA903 directory, a CIN census file or both.", nameof(ssda903Directory));
        }
        if (ssda903Directory is null)
        {
            return (null, new CinCensusReader(year).ReadFile(cinFile!));
        }
        if (cinFile is null)
        {
            return (new Ssda903Reader(year).ReadDirectory(ssda903Directory), null);
        }
        // The census is the long read (its parser has a thread of its own as well); the 903 fits beside it. A failed
        // 903 read stops the census read at its next batch of children: its error is the one to report, at once.
        using var stop = new CancellationTokenSource();
        var ssda = Task.Run(() =>
        {
            try
            {
                return new Ssda903Reader(year).ReadDirectory(ssda903Directory);
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        });
        ReturnData? cin = null;
        ExceptionDispatchInfo? cinError = null;
        try
        {
            cin = new CinCensusReader(year).ReadFileUnless(cinFile, stop.Token);
        }
        catch (Exception e)
        {
            cinError = ExceptionDispatchInfo.Capture(e);
        }
        // The 903's error, if any, comes first, as it would reading one after the other (GetResult throws it as it was).
        var data903 = ssda.GetAwaiter().GetResult();
        cinError?.Throw();
        return (data903, cin);
    }
}
