namespace RentToOwn.Platform.Registration;

/// <summary>The title document an application rests on.</summary>
public enum BasisDocumentKind
{
    /// <summary>The rent-to-own contract signed by every party (A.19).</summary>
    LeaseContract,
    /// <summary>KTK's letter, signed with KTK's EDS (A.29).</summary>
    KtkLetter,
    /// <summary>The property transfer contract (A.29).</summary>
    TransferContract,
    /// <summary>
    /// A court decision ending the lease (seed 000), its copy certified with the EDS of a KTK employee. Only as
    /// <see cref="RegistrationStart.CourtDecision"/> of an encumbrance termination.
    /// </summary>
    CourtDecision,
}
