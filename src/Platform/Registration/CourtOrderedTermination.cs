namespace RentToOwn.Platform.Registration;

/// <summary>
/// Seed 000 — nobody is deprived of housing without a court decision (Constitution art. 25(1), 26(3); Constitutional
/// Court normative resolution No. 41-NP of 19.04.2024). The converse holds for the registration: once a court has
/// ordered the lease ended, its termination is registered without the tenant's cooperation.
/// <list type="bullet">
/// <item>A.31: the termination application is signed by KTK's head (as every termination is).</item>
/// <item>The basis is KTK's letter citing the decision, plus the decision itself (<see cref="BasisDocumentKind.CourtDecision"/>,
/// certified with a KTK employee's EDS); the application form cites the decision's SHA-256.</item>
/// <item>No ДҚБ consent is requested from the tenant: the tenant's data are processed to execute a court act, which the
/// Law of the Republic of Kazakhstan No. 94-V of 21.05.2013 "On personal data and their protection", art. 9, allows
/// without the data subject's consent (as it does for registration by a state body under the law).</item>
/// <item>No A.30 video session: the session establishes the parties' free will, and this termination rests on the
/// court's decision, not on the tenant's will. The cadastre accepts it without a verdict only when the application
/// carries the certified court decision (COURT_DECISION); without it art. 27 (ART27_VIDEO_SESSION_MISSING) still applies.</item>
/// </list>
/// </summary>
public static class CourtOrderedTermination
{
    // Its answers to a consent or a verdict offered: registration.refused.court_no_consent and .court_no_session (RegistrationRefusals).
}
