using NodaTime;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>A 903 episode with the fields the derivations use, and the start of the period of care it belongs to.</summary>
internal sealed class CareEpisode
{
    public CareEpisode(string child, LocalDate start, LocalDate? end, string? rne, string? ls, string? place, string? rec)
    {
        Child = child;
        Start = start;
        End = end;
        Rne = rne;
        LegalStatus = ls;
        Place = place;
        Reason = rec;
    }

    public string Child { get; }

    public LocalDate Start { get; }

    public LocalDate? End { get; }

    public string? Rne { get; }

    public string? LegalStatus { get; }

    public string? Place { get; }

    public string? Reason { get; }

    /// <summary>The first day of the continuous period of care this episode belongs to.</summary>
    public LocalDate CareStart { get; set; }

    /// <summary>The first day of the placement this episode belongs to (earlier episodes linked by a legal-status-only change).</summary>
    public LocalDate PlacementStart { get; set; }

    /// <summary>Short breaks (LS V3, V4) are not counted in the DfE's looked-after statistics.</summary>
    public bool IsShortBreak => LegalStatus is "V3" or "V4";

    public bool OpenOn(LocalDate date) => Start <= date && (End is null || End.Value > date);

    public bool Overlaps(LocalDate from, LocalDate to) => Start <= to && (End is null || End.Value >= from);

    public bool IsPlacedForAdoption => Place is "A3" or "A4" or "A5" or "A6";
}
