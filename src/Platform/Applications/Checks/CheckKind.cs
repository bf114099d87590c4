namespace RentToOwn.Platform.Applications.Checks;

/// <summary>The A.14–A.15 review checks an officer sees before deciding.</summary>
public enum CheckKind
{
    /// <summary>A.14: the EDS belongs to the person (the IIN in the signing certificate is the person's).</summary>
    EdsOwnership,
    /// <summary>A.15 civil standing: the person is in ЖТ МДБ, alive, with legal capacity.</summary>
    CivilStanding,
    /// <summary>A.14–A.15: declared income, obligations and expenses against the monthly payment of the lease schedule.</summary>
    Solvency,
    /// <summary>A.15: credit history (credit bureau).</summary>
    CreditHistory,
    /// <summary>A.15: involvement in litigation (court records).</summary>
    Litigation,
    /// <summary>A.15: affiliation with KTK (banking law art. 40, KTK's published affiliate list).</summary>
    Affiliation,
    /// <summary>A.15: the list of persons linked to financing of terrorism and extremism.</summary>
    FinancingList,
    /// <summary>A.15.1: the questionnaire's employer against the state pension-contribution records (the applicant).</summary>
    Employment,
    /// <summary>A.15.1: the questionnaire's marital status and marital history against АХАЖ АЖ (the applicant).</summary>
    MaritalStatus,
    /// <summary>A.15.1: the questionnaire's children against the birth records of АХАЖ АЖ (the applicant).</summary>
    FamilyComposition,
}
