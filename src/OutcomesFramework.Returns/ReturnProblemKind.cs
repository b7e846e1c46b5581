namespace OutcomesFramework.Returns;

/// <summary>What a reader found wrong (or tolerated) in a return.</summary>
public enum ReturnProblemKind
{
    /// <summary>A file or table has no records (reported, not an error).</summary>
    BlankFile = 1,

    /// <summary>A column or element the collection year's schema does not know; its values are ignored.</summary>
    UnknownField = 2,

    /// <summary>A table or field the schema knows, but not in this collection year (added later or dropped earlier); its rows or values are ignored.</summary>
    NotInCollectionYear = 3,

    /// <summary>A value that should be a date is not one in dd/mm/yyyy or yyyy-mm-dd form; kept as text, reported.</summary>
    InvalidDate = 4,

    /// <summary>A code written in lower case; upper-cased and flagged, not rejected.</summary>
    LowerCaseCode = 5,

    /// <summary>An identifier written as a number with ".0" (a spreadsheet export); the ".0" is removed and flagged.</summary>
    DecimalIdentifier = 6,

    /// <summary>A row whose number of fields differs from its header; the row is rejected.</summary>
    WrongFieldCount = 7,

    /// <summary>Text in an XML element that should only hold elements; ignored.</summary>
    StrayText = 8,

    /// <summary>A file whose columns match no table of the return; every row is rejected.</summary>
    UnknownTable = 9,

    /// <summary>A file's own statement of its collection year (the CIN census header's Year or ReferenceDate) is not the collection year being read; reported, the file is read as the year asked for.</summary>
    CollectionYearMismatch = 10,

    /// <summary>A value with white space before or after it (a padded export); trimmed and flagged, not rejected.</summary>
    Whitespace = 11,
}
