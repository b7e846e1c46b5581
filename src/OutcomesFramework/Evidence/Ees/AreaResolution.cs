using System;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>How a row's area resolved.</summary>
internal enum AreaResolution : byte
{
    Found = 0,
    SubRegion = 1,
    Legacy = 2,
    Combined = 3,
    Unknown = 4,
}
