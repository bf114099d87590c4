namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// TEST KEY, PUBLIC: account 0 of ganache's <c>--wallet.deterministic</c> wallet (known to everyone; address
/// 0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1). It is the Development default of <c>Ledger:Evm:PrivateKey</c> so that
/// <c>rto demo --ledger evm</c> runs against a local ganache with no setup; outside Development a key must be configured.
/// Never use it on a real network.
/// </summary>
public static class GanacheTestKey
{
    /// <summary>The private key (hex).</summary>
    public const string PrivateKeyHex = "0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d";

    /// <summary>Its account address.</summary>
    public const string Address = "0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1";
}
