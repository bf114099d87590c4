namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>Thrown when a proof, signature, checkpoint, bundle or anchor does not verify; the message says why.</summary>
public sealed class VerificationException(string message) : Exception(message);
