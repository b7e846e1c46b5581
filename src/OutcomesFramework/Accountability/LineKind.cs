namespace OutcomesFramework.Accountability;

/// <summary>The kind of an <see cref="AccountabilityLine"/> from one role to another, read "from … to".</summary>
public enum LineKind
{
    /// <summary>The first role reports to the second (line management; findings escalate along these lines).</summary>
    ReportsTo = 0,

    /// <summary>The first role holds the second to account (for example the Lead Member and the Director).</summary>
    HoldsToAccount,

    /// <summary>The first role scrutinises the second (for example a scrutiny committee or an independent scrutineer).</summary>
    Scrutinises,

    /// <summary>The two roles co-operate (the Children Act 2004 s.10 duty); the line has no direction.</summary>
    CooperatesWith,

    /// <summary>The first role commissions the second.</summary>
    Commissions,

    /// <summary>The first role chairs the second (a board or partnership).</summary>
    Chairs,
}
