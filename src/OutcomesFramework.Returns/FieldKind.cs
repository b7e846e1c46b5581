namespace OutcomesFramework.Returns;

/// <summary>How a reader normalises a field's text.</summary>
internal enum FieldKind
{
    /// <summary>Free text: trimmed.</summary>
    Text,

    /// <summary>An identifier: trimmed; a spreadsheet's ".0" removed and flagged.</summary>
    Id,

    /// <summary>A date: dd/mm/yyyy or yyyy-mm-dd (a time of midnight tolerated).</summary>
    Date,

    /// <summary>A code from a DfE code set: trimmed; lower case upper-cased and flagged.</summary>
    Code,

    /// <summary>An XML Schema boolean (true, false, 1, 0): trimmed and upper-cased; lower case is the standard form, so not flagged.</summary>
    Boolean,
}
