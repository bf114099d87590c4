using System.Numerics;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// A legacy (pre-EIP-2718) Ethereum transaction signed under EIP-155 replay protection. Legacy
/// transactions run on every EVM node, including Besu permissioned networks with gas price 0.
/// </summary>
/// <param name="Nonce">Sender nonce.</param>
/// <param name="GasPrice">Gas price in wei (0 is fine on a permissioned network).</param>
/// <param name="GasLimit">Gas limit.</param>
/// <param name="To">Recipient address (0x hex), or null to create a contract.</param>
/// <param name="Value">Value in wei.</param>
/// <param name="Data">Call data or init code.</param>
public sealed record LegacyTransaction(BigInteger Nonce, BigInteger GasPrice, BigInteger GasLimit, string? To, BigInteger Value, byte[] Data)
{
    /// <summary>The EIP-155 signing payload: RLP([nonce, gasPrice, gas, to, value, data, chainId, 0, 0]).</summary>
    public byte[] SigningPayload(long chainId) => Rlp.EncodeList([.. Fields(), Rlp.EncodeInteger(chainId), Rlp.EncodeInteger(0), Rlp.EncodeInteger(0)]);

    /// <summary>Keccak-256 of <see cref="SigningPayload"/>.</summary>
    public byte[] SigningHash(long chainId) => Keccak256.Hash(SigningPayload(chainId));

    /// <summary>Signs and returns the raw transaction: RLP([..fields, v, r, s]) with v = recId + chainId·2 + 35.</summary>
    public byte[] Sign(EthKey key, long chainId)
    {
        var signature = key.Sign(SigningHash(chainId));
        var v = new BigInteger(signature.RecoveryId) + new BigInteger(chainId) * 2 + 35;
        return Rlp.EncodeList([.. Fields(), Rlp.EncodeInteger(v), Rlp.EncodeInteger(signature.R), Rlp.EncodeInteger(signature.S)]);
    }

    private byte[][] Fields() =>
    [
        Rlp.EncodeInteger(Nonce), Rlp.EncodeInteger(GasPrice), Rlp.EncodeInteger(GasLimit),
        Rlp.EncodeBytes(To is null ? [] : Hex.Decode(To)), Rlp.EncodeInteger(Value), Rlp.EncodeBytes(Data),
    ];
}
