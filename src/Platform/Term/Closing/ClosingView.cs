namespace RentToOwn.Platform.Term.Closing;

/// <summary>The end of a lease as the tenant and KTK see it.</summary>
/// <param name="LeaseId">The lease.</param>
/// <param name="Reason">Purchase, VoluntaryTermination or CourtDecision.</param>
/// <param name="State">AwaitingSignatures, ReadyToFile, Filed, Owned (both applications REGISTERED) or Terminated.</param>
/// <param name="NextStep">What happens next, in words.</param>
/// <param name="LetterNumber">KTK's letter number.</param>
/// <param name="LetterSha256">SHA-256 of the letter PDF.</param>
/// <param name="TransferSha256">SHA-256 of the transfer contract PDF (purchase only).</param>
/// <param name="Signatures">Accepted signatures.</param>
/// <param name="TerminationRegistrationId">The encumbrance-termination application.</param>
/// <param name="OwnershipRegistrationId">The ownership application.</param>
/// <param name="Applications">Their statuses from the registration feature.</param>
public sealed record ClosingView(Guid LeaseId, string Reason, string State, string NextStep, string LetterNumber, string LetterSha256,
    string? TransferSha256, IReadOnlyList<ClosingSignatureView> Signatures, Guid? TerminationRegistrationId, Guid? OwnershipRegistrationId,
    IReadOnlyList<ClosingApplication> Applications);
