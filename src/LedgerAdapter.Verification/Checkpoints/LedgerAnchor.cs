namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>
/// A checkpoint of the embedded log published on an EVM chain by <c>SigningRegistry.anchor</c>.
/// </summary>
/// <param name="ChainId">EIP-155 chain id.</param>
/// <param name="Contract">The SigningRegistry address (0x-prefixed, 20 bytes hex).</param>
/// <param name="TransactionHash">The anchoring transaction (0x-prefixed, 32 bytes hex).</param>
/// <param name="BlockNumber">The block that includes it.</param>
/// <param name="TreeSize">Anchored tree size.</param>
/// <param name="RootHash">Anchored RFC 6962 root.</param>
public sealed record LedgerAnchor(long ChainId, string Contract, string TransactionHash, long BlockNumber, long TreeSize, byte[] RootHash);
