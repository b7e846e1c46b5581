namespace OutcomesFramework.Accountability;

/// <summary>Why a role receives a routed finding.</summary>
public enum RouteReasonKind
{
    /// <summary>It is accountable for the finding's indicator, outcome or children's services overall.</summary>
    Accountable = 0,

    /// <summary>It is responsible for the finding's indicator, outcome or children's services overall.</summary>
    Responsible,

    /// <summary>It is to be kept informed of the indicator, outcome or children's services overall.</summary>
    Informed,

    /// <summary>It is a step up the "reports to" lines from an accountable role, within the steps the severity allows.</summary>
    Escalation,

    /// <summary>The finding is Serious and the policy says such findings always reach this kind of role.</summary>
    SeriousFinding,

    /// <summary>The map names nobody accountable, so the finding goes to the Chief Executive or the democratic apex instead.</summary>
    Fallback,
}
