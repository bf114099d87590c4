namespace RentToOwn.Platform.Ledger;

/// <summary>Where the platform's signing records go (A.18, A.39): configuration key <c>Ledger:Backend</c>.</summary>
public enum LedgerBackend
{
    /// <summary>The embedded RFC 6962 log with a local witness (default; nothing to install).</summary>
    Embedded,

    /// <summary>The embedded log, and every record also recorded on (or anchored to) an EVM chain's SigningRegistry.</summary>
    Evm,

    /// <summary>The embedded log, and every record also recorded on a Hyperledger Fabric channel's SigningRegistry chaincode.</summary>
    Fabric,
}
