using System.Numerics;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Event signatures of SigningRegistry.sol and their decoders.</summary>
public static class SigningRegistryEvents
{
    /// <summary><c>Recorded(bytes32 indexed subject, bytes32 indexed entryHash, uint8 kind, address writer, uint256 index)</c>.</summary>
    public const string RecordedSignature = "Recorded(bytes32,bytes32,uint8,address,uint256)";

    /// <summary><c>Anchored(uint64 treeSize, bytes32 root, address writer)</c>.</summary>
    public const string AnchoredSignature = "Anchored(uint64,bytes32,address)";

    /// <summary>Topic 0 of Recorded.</summary>
    public static readonly byte[] RecordedTopic = Abi.EventTopic(RecordedSignature);

    /// <summary>Topic 0 of Anchored.</summary>
    public static readonly byte[] AnchoredTopic = Abi.EventTopic(AnchoredSignature);

    /// <summary>Decodes a Recorded log, or null if the log is another event.</summary>
    public static RecordedEvent? DecodeRecorded(EvmLog log)
    {
        if (log.Topics.Count != 3 || !log.Topics[0].AsSpan().SequenceEqual(RecordedTopic))
        {
            return null;
        }

        var v = Abi.Decode(["uint8", "address", "uint256"], log.Data);
        return new RecordedEvent(log.Topics[1], log.Topics[2], (byte)(BigInteger)v[0], (string)v[1], (long)(BigInteger)v[2], log.BlockNumber, log.TransactionHash, log.Address);
    }

    /// <summary>Decodes an Anchored log, or null if the log is another event.</summary>
    public static AnchoredEvent? DecodeAnchored(EvmLog log)
    {
        if (log.Topics.Count != 1 || !log.Topics[0].AsSpan().SequenceEqual(AnchoredTopic))
        {
            return null;
        }

        var v = Abi.Decode(["uint64", "bytes32", "address"], log.Data);
        return new AnchoredEvent((long)(BigInteger)v[0], (byte[])v[1], (string)v[2], log.BlockNumber, log.TransactionHash, log.Address);
    }
}
