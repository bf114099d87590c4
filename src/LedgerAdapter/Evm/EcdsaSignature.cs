using System.Numerics;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>A secp256k1 signature with its recovery id (0 or 1), low-s normalised.</summary>
/// <param name="R">r.</param>
/// <param name="S">s (≤ n/2).</param>
/// <param name="RecoveryId">Parity of R's y coordinate.</param>
public sealed record EcdsaSignature(BigInteger R, BigInteger S, int RecoveryId);
