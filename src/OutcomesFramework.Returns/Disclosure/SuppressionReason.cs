namespace OutcomesFramework.Returns.Disclosure;

/// <summary>Why a published figure is shown as <see cref="DisclosureControl.Suppressed"/> ("c"), or that it is not.</summary>
public enum SuppressionReason
{
    /// <summary>The figure is published.</summary>
    None = 0,

    /// <summary>Primary suppression: the figure is a count from 1 to the threshold − 1, or is worked from one alone (its rate per 10,000, its percentage of a published denominator, a mean over so few children).</summary>
    Primary = 1,

    /// <summary>Secondary suppression: the figure is not small itself, but with the published figures it would give a suppressed one back.</summary>
    Secondary = 2,
}
