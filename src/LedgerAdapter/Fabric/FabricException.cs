namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>What went wrong with a Fabric call, in terms a user can act on.</summary>
public enum FabricErrorKind
{
    /// <summary>No peer or orderer answered (down, unreachable, or endorsers missing); retried.</summary>
    PeerUnavailable,

    /// <summary>Committed but invalid: the endorsements do not satisfy the chaincode's endorsement policy.</summary>
    EndorsementPolicyFailure,

    /// <summary>Committed but invalid: a key read during endorsement changed before commit (MVCC); retried.</summary>
    MvccConflict,

    /// <summary>The client's certificate is expired or not yet valid.</summary>
    IdentityExpired,

    /// <summary>The chaincode refused the call (its message says why, e.g. "writer not allow-listed").</summary>
    ChaincodeRejected,

    /// <summary>Committed with another validation code.</summary>
    InvalidTransaction,

    /// <summary>The call did not finish in time; retried.</summary>
    Timeout,
}

/// <summary>A Fabric failure with its kind and a message naming the cause.</summary>
public sealed class FabricException(FabricErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The kind of failure.</summary>
    public FabricErrorKind Kind { get; } = kind;

    /// <summary>The transaction concerned, when one was built.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The validation code when the transaction was committed invalid.</summary>
    public string? ValidationCode { get; init; }

    /// <summary>Whether retrying with a fresh proposal may succeed.</summary>
    public bool IsTransient => Kind is FabricErrorKind.PeerUnavailable or FabricErrorKind.MvccConflict or FabricErrorKind.Timeout;
}
