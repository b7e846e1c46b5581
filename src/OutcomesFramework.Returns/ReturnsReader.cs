using System;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Returns.Validation;

namespace OutcomesFramework.Returns;

/// <summary>
/// Reads (and validates) a council's SSDA903 return and CIN census for one collection year side by side: the 903 on a
/// second thread while the census is read on the caller's, each exactly as <see cref="Ssda903Reader.ReadDirectory(string)"/>,
/// <see cref="CinCensusReader.ReadFile"/> and <see cref="ReturnValidator.Validate"/> handle it alone.
/// </summary>
/// <remarks>
/// <para>
/// Reading a census keeps one core busy building records while its parser (a thread of its own) leaves the other
/// core partly idle; the 903, a fraction of the census's size, is read and validated in that room.
/// </para>
/// <para>
/// The two returns share nothing, so what each gives does not depend on the other or on the number of threads. Errors
/// are those of doing the work one step after the other (read the 903, read the census, validate the 903, validate the
/// census): the first step's error is thrown, whatever became of the later steps. A failed 903 read stops the census
/// read at its next batch of children, and a failed census read leaves the 903 unvalidated, as neither result is then
/// returned.
/// </para>
/// </remarks>
public static class ReturnsReader
{
    /// <summary>Reads the SSDA903 directory and the CIN census file that are given, side by side when both are.</summary>
    /// <param name="year">The collection year.</param>
    /// <param name="ssda903Directory">A directory of SSDA903 CSV tables and/or 903 XML files (see <see cref="Ssda903Reader.ReadDirectory(string)"/>), or null.</param>
    /// <param name="cinFile">A CIN census XML file (see <see cref="CinCensusReader.ReadFile"/>), or null.</param>
    /// <returns>The returns read (null where not given).</returns>
    /// <exception cref="ArgumentException">Neither is given, or one is blank.</exception>
    /// <exception cref="DirectoryNotFoundException">The 903 directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">The census file does not exist.</exception>
    /// <exception cref="ReturnFormatException">A return cannot be read.</exception>
    public static (ReturnData? Ssda903, ReturnData? Cin) ReadBoth(CollectionYear year, string? ssda903Directory, string? cinFile)
    {
        var both = Run(year, ssda903Directory, cinFile, validate: false, null, null);
        return (both.Ssda903, both.Cin);
    }

    /// <summary>
    /// Reads and validates the SSDA903 directory and the CIN census file that are given, side by side when both are:
    /// the 903 is read and validated while the census is read.
    /// </summary>
    /// <param name="year">The collection year.</param>
    /// <param name="ssda903Directory">A directory of SSDA903 CSV tables and/or 903 XML files (see <see cref="Ssda903Reader.ReadDirectory(string)"/>), or null.</param>
    /// <param name="cinFile">A CIN census XML file (see <see cref="CinCensusReader.ReadFile"/>), or null.</param>
    /// <param name="ssda903Rules">The 903's rules, or null for <see cref="ValidationRuleSet.For"/> of the 903 and the year.</param>
    /// <param name="cinRules">The census's rules, or null for <see cref="ValidationRuleSet.For"/> of the census and the year.</param>
    /// <returns>The returns read and their reports (null where not given).</returns>
    /// <exception cref="ArgumentException">Neither return is given, one is blank, or a rule set is for another return.</exception>
    /// <exception cref="DirectoryNotFoundException">The 903 directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">The census file does not exist.</exception>
    /// <exception cref="ReturnFormatException">A return cannot be read.</exception>
    public static ValidatedReturns ReadAndValidate(CollectionYear year, string? ssda903Directory, string? cinFile, ValidationRuleSet? ssda903Rules = null, ValidationRuleSet? cinRules = null) =>
        Run(year, ssda903Directory, cinFile, validate: true, ssda903Rules, cinRules);

    private static ValidatedReturns Run(CollectionYear year, string? ssda903Directory, string? cinFile, bool validate, ValidationRuleSet? ssda903Rules, ValidationRuleSet? cinRules)
    {
        if (ssda903Directory is null && cinFile is null)
        {
            throw new ArgumentException("Give an SSDA903 directory, a CIN census file or both.", nameof(ssda903Directory));
        }
        if (ssda903Directory is null)
        {
            var alone = new CinCensusReader(year).ReadFile(cinFile!);
            return new ValidatedReturns(null, null, alone, validate ? ReturnValidator.Validate(alone, cinRules) : null);
        }
        if (cinFile is null)
        {
            var alone = new Ssda903Reader(year).ReadDirectory(ssda903Directory);
            return new ValidatedReturns(alone, validate ? ReturnValidator.Validate(alone, ssda903Rules) : null, null, null);
        }
        // stop903Failed: the 903 read failed, its error is the one to report, at once; stopCensusFailed: the census
        // read failed, its error will be reported, so validating the 903 would be wasted.
        using var stop903Failed = new CancellationTokenSource();
        using var stopCensusFailed = new CancellationTokenSource();
        var side = Task.Run(() =>
        {
            ReturnData data;
            try
            {
                data = new Ssda903Reader(year).ReadDirectory(ssda903Directory);
            }
            catch
            {
                stop903Failed.Cancel();
                throw;
            }
            if (!validate || stopCensusFailed.IsCancellationRequested)
            {
                return (Data: data, Report: (ValidationReport?)null, Error: (ExceptionDispatchInfo?)null);
            }
            try
            {
                return (Data: data, Report: ReturnValidator.Validate(data, ssda903Rules), Error: null);
            }
            catch (Exception e)
            {
                return (Data: data, Report: null, Error: ExceptionDispatchInfo.Capture(e));
            }
        });
        ReturnData? cin = null;
        ValidationReport? cinReport = null;
        ExceptionDispatchInfo? cinReadError = null;
        ExceptionDispatchInfo? cinValidationError = null;
        try
        {
            cin = new CinCensusReader(year).ReadFileUnless(cinFile, stop903Failed.Token);
        }
        catch (Exception e)
        {
            cinReadError = ExceptionDispatchInfo.Capture(e);
            stopCensusFailed.Cancel();
        }
        if (cin is not null && validate)
        {
            try
            {
                cinReport = ReturnValidator.Validate(cin, cinRules);
            }
            catch (Exception e)
            {
                cinValidationError = ExceptionDispatchInfo.Capture(e);
            }
        }
        // In the order of the steps: the 903's read (GetResult throws its error as it was), the census's read, the
        // 903's validation, the census's validation.
        var ssda = side.GetAwaiter().GetResult();
        cinReadError?.Throw();
        ssda.Error?.Throw();
        cinValidationError?.Throw();
        return new ValidatedReturns(ssda.Data, ssda.Report, cin, cinReport);
    }
}
