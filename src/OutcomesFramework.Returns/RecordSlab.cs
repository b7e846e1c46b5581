using NodaTime;

namespace OutcomesFramework.Returns;

/// <summary>
/// Values and parsed dates of thousands of neighbouring records, side by side: a record's field i is at its offset
/// plus i in both arrays. One object per slab, so a record keeps one reference and one offset for both (see
/// <see cref="ReturnRecord"/>: a census keeps millions of records, and every byte of one is copied by the garbage
/// collector as it is promoted).
/// </summary>
internal sealed class RecordSlab
{
    public RecordSlab(int size)
    {
        Values = new string?[size];
        Dates = new LocalDate[size];
    }

    /// <summary>Gets the normalised values (null where blank).</summary>
    public string?[] Values { get; }

    /// <summary>Gets the parsed dates: default (0001-01-01, never a parsed date: those start in 1900) where blank, not a date, or not a date field.</summary>
    public LocalDate[] Dates { get; }
}
