namespace OutcomesFramework.Returns;

/// <summary>Which statutory return a data set comes from.</summary>
public enum ReturnKind
{
    /// <summary>The SSDA903 return: children looked after, care leavers and adoptions.</summary>
    Ssda903 = 1,

    /// <summary>The children in need census: referrals, assessments, section 47 enquiries and child protection plans.</summary>
    CinCensus = 2,
}
