namespace OutcomesFramework.Returns.Validation;

/// <summary>How the DfE treats a failed rule.</summary>
public enum RuleSeverity
{
    /// <summary>An error: the return must be corrected before it is accepted.</summary>
    Error = 1,

    /// <summary>A query: the council must check it and either correct the data or give a reason.</summary>
    Query = 2,
}
