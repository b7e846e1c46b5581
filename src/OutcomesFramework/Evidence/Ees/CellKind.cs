using System;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>What an indicator cell holds.</summary>
internal enum CellKind : byte
{
    Number = 0,
    Symbol = 1,
    Blank = 2,
    Disallowed = 3,
    NotANumber = 4,
}
